// Runs the analysis in a worker thread so that a large document never blocks the extension host.
// Keeps one AnalysisCache per document, so an edit re-parses only the chunks it touched.
// Protocol in: { id, key, text, options, cancel? } or { forget: key }; out: { id, model, ms } (ms: the
// analysis's own time), { id, cancelled: true } or { id, error }. `cancel` is a SharedArrayBuffer of one
// Int32: the host stores 1 in it when a newer version of the document is waiting, and the analysis stops at
// its next checkpoint instead of finishing a result nobody will use.
import { parentPort } from 'node:worker_threads';
import { AnalysisCache, AnalysisCancelled, analyzeDocument, FINDINGS_SENT, type AnalyzeOptions, type DocumentModel } from '../core';

interface Request {
  readonly id: number;
  readonly key: string;
  readonly text: string;
  readonly options: AnalyzeOptions;
  readonly cancel?: SharedArrayBuffer;
}

const caches = new Map<string, AnalysisCache>();

/**
 * The model as sent to the host: only the findings it can show, with their count. On 3 MB the findings (each
 * with up to 20 rival claims) are most of the model's 20 MB; copying those the host never shows took time.
 */
function forTransfer(model: DocumentModel): DocumentModel {
  return model.findings.length > FINDINGS_SENT ? { ...model, findings: model.findings.slice(0, FINDINGS_SENT), findingsTotal: model.findings.length } : model;
}

parentPort?.on('message', (message: Request | { forget: string }) => {
  if ('forget' in message) {
    caches.delete(message.forget);
    return;
  }
  let cache = caches.get(message.key);
  if (!cache) caches.set(message.key, (cache = new AnalysisCache()));
  const flag = message.cancel ? new Int32Array(message.cancel) : undefined;
  try {
    const started = performance.now();
    const model = analyzeDocument(message.text, { ...message.options, cancelled: flag ? () => Atomics.load(flag, 0) === 1 : undefined }, cache);
    parentPort?.postMessage({ id: message.id, model: forTransfer(model), ms: Math.round(performance.now() - started) });
  } catch (error) {
    if (error instanceof AnalysisCancelled) {
      parentPort?.postMessage({ id: message.id, cancelled: true });
      return;
    }
    caches.delete(message.key);
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  }
});
