// Runs the analysis in a worker thread so that a large document never blocks the extension host.
// Keeps one AnalysisCache per document, so an edit re-parses only the chunks it touched.
// Protocol in: { id, key, text, options } or { forget: key }; out: { id, model, ms } (ms: the analysis's own time) or { id, error }.
import { parentPort } from 'node:worker_threads';
import { AnalysisCache, analyzeDocument, type AnalyzeOptions } from '../core';

interface Request {
  readonly id: number;
  readonly key: string;
  readonly text: string;
  readonly options: AnalyzeOptions;
}

const caches = new Map<string, AnalysisCache>();

parentPort?.on('message', (message: Request | { forget: string }) => {
  if ('forget' in message) {
    caches.delete(message.forget);
    return;
  }
  try {
    let cache = caches.get(message.key);
    if (!cache) caches.set(message.key, (cache = new AnalysisCache()));
    const started = performance.now();
    const model = analyzeDocument(message.text, message.options, cache);
    parentPort?.postMessage({ id: message.id, model, ms: Math.round(performance.now() - started) });
  } catch (error) {
    caches.delete(message.key);
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  }
});
