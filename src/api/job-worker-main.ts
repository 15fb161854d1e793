/**
 * A worker thread of the job pool (worker-pool.ts): runs one task at a time, as the
 * pool sends them, and answers with progress, the result or the described failure.
 * Cancelling terminates the whole thread (a HiGHS solve cannot be interrupted from
 * inside), so nothing here listens for it. The PDF renderer stays with the host (it
 * drives a browser): a report task asks the host for each PDF by message.
 */
import { parentPort } from 'node:worker_threads';
import { toApiErrorIn } from './errors';
import { isTaskKind, performTask } from './job-tasks';
import type { HostMessage, WorkerMessage } from './job-worker-protocol';

const port = parentPort;
if (port === null) throw new Error('job-worker-main runs only as a worker thread');

const post = (message: WorkerMessage) => port.postMessage(message);

const pdfRequests = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (e: Error) => void }>();
let nextPdfRequest = 0;

function renderPdfOnHost(taskId: number, html: string): Promise<Uint8Array> {
  const request = nextPdfRequest++;
  return new Promise((resolve, reject) => {
    pdfRequests.set(request, { resolve, reject });
    post({ type: 'pdf', taskId, request, html });
  });
}

async function run(message: Extract<HostMessage, { type: 'run' }>): Promise<void> {
  const { taskId, kind, input, hasPdf, failure } = message;
  try {
    if (!isTaskKind(kind)) throw new Error(`unknown task kind "${String(kind)}"`);
    const result = await performTask(kind, input as never, {
      // Never aborted: the host cancels by terminating this thread.
      signal: new AbortController().signal,
      onProgress: (done, total, detail) =>
        post({ type: 'progress', taskId, done, total, ...(detail === undefined ? {} : { detail }) }),
      pdf: hasPdf ? (html) => renderPdfOnHost(taskId, html) : null,
    });
    post({ type: 'done', taskId, result });
  } catch (error) {
    const { code, message: words } = toApiErrorIn(error, failure.lang, failure.internalKey);
    post({ type: 'failed', taskId, failure: { code, message: words } });
  }
}

port.on('message', (message: HostMessage) => {
  switch (message.type) {
    case 'run':
      void run(message);
      return;
    case 'pdf': {
      const pending = pdfRequests.get(message.request);
      pdfRequests.delete(message.request);
      if (message.ok) pending?.resolve(message.bytes);
      else pending?.reject(new Error(message.error));
      return;
    }
  }
});
