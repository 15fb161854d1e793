// Worker thread entry of the Monte Carlo run (run.ts). First computes a contiguous range of
// draws into the shared result buffer, reporting progress after every chunk; then, when
// asked, the percentiles of a range of cells. Plain JavaScript: started without a
// TypeScript loader (see kernel.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { runDraws } from './kernel.mjs';
import { cellPercentiles } from './stats.mjs';

const { model, from, to, draws, values, chunk } = workerData;
const out = new Float64Array(values);
const fullyFunded = new Int32Array(model.plans);
const fundedShareSum = new Float64Array(model.plans);
for (let start = from; start < to; start += chunk) {
  const end = Math.min(to, start + chunk);
  runDraws(model, start, end, draws, out, fullyFunded, fundedShareSum);
  parentPort.postMessage({ type: 'progress', done: end - from });
}
parentPort.postMessage({ type: 'done', fullyFunded, fundedShareSum });

parentPort.on('message', (message) => {
  cellPercentiles(out, draws, message.from, message.to, message.ps, new Float64Array(message.bands));
  parentPort.postMessage({ type: 'bands' });
  parentPort.close();
});
