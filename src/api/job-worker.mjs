// The entry of a job pool worker thread (worker-pool.ts) in a checkout: registers tsx in
// this thread (a worker starts without its parent's loaders) and loads the TypeScript
// worker. A built bundle ships job-worker.cjs instead, which the pool prefers.
import { register } from 'tsx/esm/api';

register();
await import('./job-worker-main.ts');
