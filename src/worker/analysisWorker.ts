// Runs the analysis in a worker thread so that a large document never blocks the extension host.
// Protocol: { id, text, options } in; { id, model } or { id, error } out.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument, type AnalyzeOptions } from '../core';

interface Request {
  readonly id: number;
  readonly text: string;
  readonly options: AnalyzeOptions;
}

parentPort?.on('message', (request: Request) => {
  try {
    parentPort?.postMessage({ id: request.id, model: analyzeDocument(request.text, request.options) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  }
});
