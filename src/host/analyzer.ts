import { Worker } from './workerThreads';
import { AnalysisCache, analyzeDocument, MAX_NESTING, scanShape, type AnalyzeOptions, type DocumentModel, type DocumentShape } from '../core';
import type { Logger } from './logger';

/** Below this many characters the analysis runs inline: quicker than a round trip to the worker. */
export const INLINE_LIMIT = 64 * 1024;
/**
 * Emphasis and link delimiters make the Markdown parser slower than linear on hostile input (16,000
 * `*a` pairs take about a second), so a small document dense with them also goes to the worker.
 */
const DELIMITER_LIMIT = 2_000;
/** Estimated emphasis work (see {@link DocumentShape.delimiterWork}) above which parsing may take tens of milliseconds. */
const INLINE_DELIMITER_WORK = 1_000_000;
/** Nested list items: remark's time grows with their number times the text's length (1,000 in 30 KB take 0.2 s). */
const NESTED_LIST_LIMIT = 1_000;
/** A line is never split into chunks, so each edit in a line this long re-parses all of it. */
const LINE_LIMIT = 20_000;

/**
 * True when a document should be analysed off the main thread: it is large, or its shape (from the
 * linear pre-scan) is one the parser is slow on, or it nests deeper than the parser is let see.
 */
export function needsWorker(text: string, shape: DocumentShape = scanShape(text)): boolean {
  return shape.length >= INLINE_LIMIT || shape.delimiters > DELIMITER_LIMIT || shape.delimiterWork > INLINE_DELIMITER_WORK ||
    shape.nesting > MAX_NESTING || shape.nestedListItems > NESTED_LIST_LIMIT || shape.longestLine > LINE_LIMIT;
}

/** An analysis that takes longer than this is abandoned and the worker restarted. */
const TIMEOUT_MS = 60_000;

/**
 * Who waits for an analysis: `foreground` for the documents open in editors (diagnostics, hovers, the
 * sidebar), `background` for closed documents listed in the Workspace view. A background analysis never
 * keeps a foreground one waiting: it is deferred while one runs, and paused (stopped and queued again)
 * when one arrives.
 */
export type Priority = 'foreground' | 'background';

interface Pending {
  readonly key: string;
  readonly chars: number;
  readonly posted: number;
  resolve: (model: DocumentModel) => void;
  reject: (error: Error) => void;
  /** The worker stopped this analysis because a newer version was waiting: its callers get that one's model. */
  cancelled: () => void;
  timer: ReturnType<typeof setTimeout>;
}

/** A request waiting for the worker to finish the document's previous one. */
interface Waiting {
  text: string;
  options: AnalyzeOptions;
  priority: Priority;
  /** Everyone who asked while it waited: each gets the newest text's model. */
  readonly callers: Array<{ resolve: (model: DocumentModel) => void; reject: (error: Error) => void }>;
}

/**
 * Analyses documents: small ones inline, large ones in a worker thread (started on first use, restarted
 * after a crash or a time-out). Falls back to inline analysis where workers cannot start.
 *
 * The worker analyses one version of a document at a time. Versions asked for meanwhile wait, and only the
 * newest of them is analysed next: while someone types into a large document, the worker never works
 * through a queue of versions that are already gone. Everyone who asked for a skipped version gets the
 * newer model (callers compare versions and drop what is stale; the sidebar is glad of the newer one).
 */
export class Analyzer {
  private worker: Worker | undefined;
  private workerFailed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Chunk caches of the documents analysed inline, by document key. */
  private readonly inline = new Map<string, AnalysisCache>();
  /** Documents with an analysis in the worker, with its priority. */
  private readonly running = new Map<string, Priority>();
  /** The cancel flag of each document's analysis in the worker (see the worker's protocol). */
  private readonly flags = new Map<string, Int32Array>();
  /** The newest request for each document waiting behind its analysis in the worker. */
  private readonly waiting = new Map<string, Waiting>();
  /** Background requests held back while a foreground analysis runs, oldest first. */
  private readonly deferred = new Map<string, Waiting>();
  /** Background analyses asked to stop because a foreground one arrived: queued again once stopped. */
  private readonly paused = new Set<string>();
  /**
   * Who waited for an analysis stopped because its document changed (see {@link stop}): they get the model
   * of the document's next analysis, as those who asked for a skipped version do.
   */
  private readonly orphans = new Map<string, Waiting['callers'][number][]>();
  /** When the stale analysis of each document was asked to stop (for the log). */
  private readonly stopAsked = new Map<string, number>();
  private disposed = false;
  /** Analyses the worker was asked to run (for tests: skipped versions are not counted). */
  workerRuns = 0;

  /** `workerPath` is the worker's script; `undefined` where no worker can start (the web extension host): all inline. */
  constructor(private readonly workerPath: string | undefined, private readonly log: Logger) {}

  /**
   * Analyses a document's text; `key` (its URI) names the chunk cache kept between its versions. `shape`
   * is the text's pre-scan, when the caller has it already; `priority` says who waits (see {@link Priority}).
   */
  analyze(key: string, text: string, options: AnalyzeOptions, shape?: DocumentShape, priority: Priority = 'foreground'): Promise<DocumentModel> {
    const worker = !needsWorker(text, shape) || this.workerFailed ? undefined : this.ensureWorker();
    if (!worker) {
      let cache = this.inline.get(key);
      if (!cache) this.inline.set(key, (cache = new AnalysisCache()));
      try {
        return Promise.resolve(analyzeDocument(text, options, cache));
      } catch (error) {
        this.inline.delete(key);
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    if (this.running.has(key)) {
      // The version being analysed is stale now: stop it at its next checkpoint rather than wait for a result
      // nobody will use (on 3 MB that wait is a whole analysis between the last keystroke and the diagnostics).
      const flag = this.flags.get(key);
      if (flag) {
        Atomics.store(flag, 0, 1);
        if (!this.stopAsked.has(key)) this.stopAsked.set(key, Date.now());
      }
      if (priority === 'foreground') this.pauseBackground();
      return new Promise<DocumentModel>((resolve, reject) => {
        const next = this.waiting.get(key);
        if (next) {
          next.text = text;
          next.options = options;
          if (priority === 'foreground') next.priority = priority;
          next.callers.push({ resolve, reject });
        } else this.waiting.set(key, { text, options, priority, callers: [{ resolve, reject }] });
      });
    }
    // A background analysis starts only when the worker is idle, one at a time.
    if (priority === 'background') return this.running.size > 0 ? this.defer(key, text, options) : this.post(worker, key, text, options, priority);
    this.pauseBackground();
    // Whoever waited for this document in the background gets this newer analysis.
    const held = this.deferred.get(key);
    this.deferred.delete(key);
    const run = this.post(worker, key, text, options, priority);
    if (held) run.then((model) => { for (const c of held.callers) c.resolve(model); }, (error: Error) => { for (const c of held.callers) c.reject(error); });
    return run;
  }

  /** True while an analysis for an open document runs in the worker or waits for one. */
  private foregroundBusy(): boolean {
    for (const p of this.running.values()) if (p === 'foreground') return true;
    for (const w of this.waiting.values()) if (w.priority === 'foreground') return true;
    return false;
  }

  /** Asks every background analysis in the worker to stop at its next checkpoint; each is queued again once stopped. */
  private pauseBackground(): void {
    for (const [key, p] of this.running) {
      if (p !== 'background' || this.paused.has(key)) continue;
      const flag = this.flags.get(key);
      if (!flag) continue;
      Atomics.store(flag, 0, 1);
      this.paused.add(key);
    }
  }

  /** Holds a background request until no foreground analysis runs; a newer text for the same key replaces it. */
  private defer(key: string, text: string, options: AnalyzeOptions, caller?: Waiting['callers'][number]): Promise<DocumentModel> {
    return new Promise<DocumentModel>((resolve, reject) => {
      const callers = caller ? [caller, { resolve, reject }] : [{ resolve, reject }];
      const held = this.deferred.get(key);
      if (held) {
        if (!caller) {
          held.text = text;
          held.options = options;
        }
        held.callers.push(...callers);
      } else this.deferred.set(key, { text, options, priority: 'background', callers });
    });
  }

  /** Once the worker is idle, runs the oldest deferred background request (one at a time). */
  private runDeferred(): void {
    if (this.running.size > 0 || this.disposed) return;
    const first = this.deferred.entries().next();
    if (first.done) return;
    const [key, held] = first.value;
    this.deferred.delete(key);
    this.analyze(key, held.text, held.options, undefined, 'background')
      .then((model) => { for (const c of held.callers) c.resolve(model); }, (error: Error) => { for (const c of held.callers) c.reject(error); });
  }

  /** Sends one analysis to the worker; when it settles, the newest waiting request for the document goes next. */
  private post(worker: Worker, key: string, text: string, options: AnalyzeOptions, priority: Priority): Promise<DocumentModel> {
    this.running.set(key, priority);
    const orphans = this.orphans.get(key);
    this.orphans.delete(key);
    this.workerRuns++;
    const id = this.nextId++;
    const flag = typeof SharedArrayBuffer === 'function' ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
    if (flag) this.flags.set(key, flag);
    return new Promise<DocumentModel>((resolve, reject) => {
      const settle = () => {
        this.running.delete(key);
        this.stopAsked.delete(key);
        this.paused.delete(key);
        if (this.flags.get(key) === flag) this.flags.delete(key);
        this.runWaiting(key);
        this.runDeferred();
      };
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`analysis took longer than ${TIMEOUT_MS / 1000} s`));
        this.restart();
        settle();
      }, TIMEOUT_MS);
      this.pending.set(id, {
        key, chars: text.length, posted: Date.now(), timer,
        resolve: (model) => {
          resolve(model);
          for (const o of orphans ?? []) o.resolve(model);
          settle();
        },
        reject: (error) => {
          reject(error);
          for (const o of orphans ?? []) o.reject(error);
          settle();
        },
        cancelled: () => {
          const waiting = this.waiting.get(key);
          if (waiting) {
            const asked = this.stopAsked.get(key);
            this.log.info(`Stopped the analysis of ${key} in the worker: a newer version was waiting${asked === undefined ? '' : ` (it stopped ${Date.now() - asked} ms after being asked)`}`);
            waiting.callers.push({ resolve, reject }, ...(orphans ?? []));
          } else if (this.paused.has(key)) {
            this.log.info(`Paused the background analysis of ${key}: an open document's analysis goes first`);
            for (const caller of [{ resolve, reject }, ...(orphans ?? [])]) void this.defer(key, text, options, caller);
          } else {
            // Stopped because the document changed: its callers wait for the next version's analysis.
            const asked = this.stopAsked.get(key);
            this.log.info(`Stopped the analysis of ${key} in the worker: the document changed${asked === undefined ? '' : ` (it stopped ${Date.now() - asked} ms after the change)`}`);
            const list = this.orphans.get(key) ?? [];
            list.push({ resolve, reject }, ...(orphans ?? []));
            this.orphans.set(key, list);
          }
          settle();
        },
      });
      worker.postMessage({ id, key, text, options, cancel: flag?.buffer });
    });
  }

  /** Runs the newest request that waited for the document's previous analysis; all who asked get its model. */
  private runWaiting(key: string): void {
    const waiting = this.waiting.get(key);
    if (!waiting) return;
    this.waiting.delete(key);
    const run = this.disposed ? Promise.reject(new Error('Marginalia is shutting down')) : this.analyze(key, waiting.text, waiting.options, undefined, waiting.priority);
    run.then((model) => { for (const c of waiting.callers) c.resolve(model); }, (error: Error) => { for (const c of waiting.callers) c.reject(error); });
  }

  /**
   * The document changed: its analysis in the worker describes text that is gone, so it stops at its next
   * checkpoint now, rather than when the next version is asked for (after the debounce), and leaves the
   * worker idle meanwhile. Whoever waited for it gets the next version's model.
   */
  stop(key: string): void {
    const flag = this.flags.get(key);
    if (!flag || !this.running.has(key) || Atomics.load(flag, 0) === 1) return;
    Atomics.store(flag, 0, 1);
    this.stopAsked.set(key, Date.now());
  }

  /** Drops what is kept for a closed document; whoever still waits for its analysis gets an empty model. */
  forget(key: string): void {
    this.inline.delete(key);
    this.worker?.postMessage({ forget: key });
    const orphans = this.orphans.get(key);
    this.orphans.delete(key);
    for (const o of orphans ?? []) o.resolve({ actors: [], figures: [], disputes: [], interests: [], findings: [] });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (this.workerPath === undefined) return undefined;
    try {
      const worker = new Worker(this.workerPath);
      worker.on('message', (message: { id: number; model?: DocumentModel; error?: string; ms?: number; cancelled?: boolean }) => {
        const p = this.pending.get(message.id);
        if (!p) return;
        this.pending.delete(message.id);
        clearTimeout(p.timer);
        if (message.cancelled) {
          p.cancelled();
          return;
        }
        if (message.model && message.ms !== undefined) {
          // Where a large document's time goes, for the Output panel: the analysis itself, and the rest of the
          // round trip (copying the text there and the model back).
          const total = Date.now() - p.posted;
          this.log.info(`Analysed ${p.key} in the worker (${p.chars.toLocaleString('en')} characters, ${message.model.figures.length.toLocaleString('en')} figures): analysis ${message.ms} ms, transfer ${Math.max(0, total - message.ms)} ms`);
        }
        if (message.model) p.resolve(message.model);
        else p.reject(new Error(message.error ?? 'analysis failed'));
      });
      worker.on('error', (error) => {
        this.log.error('The analysis worker failed', error);
        // Forgotten before the callers hear: a request that waited starts on a new worker, not this one.
        if (this.worker === worker) this.worker = undefined;
        this.failAll(error);
      });
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (error) {
      this.workerFailed = true;
      this.log.error('Could not start the analysis worker; analysing on the main thread', error);
      return undefined;
    }
  }

  private failAll(error: Error): void {
    // Taken out first: a rejection starts the newest waiting request, which must not be failed with these.
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) {
      clearTimeout(p.timer);
      p.reject(error);
    }
  }

  private restart(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    const held = [...this.deferred.values()];
    this.deferred.clear();
    for (const h of held) for (const c of h.callers) c.reject(new Error('Marginalia is shutting down'));
    const orphans = [...this.orphans.values()].flat();
    this.orphans.clear();
    for (const o of orphans) o.reject(new Error('Marginalia is shutting down'));
    this.failAll(new Error('Marginalia is shutting down'));
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
