// Node's worker threads, for the analyzer. The `browser` bundle takes workerThreads.web.ts instead.
export { Worker } from 'node:worker_threads';
