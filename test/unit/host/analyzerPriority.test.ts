import * as assert from 'node:assert/strict';
import path from 'node:path';
import { Analyzer } from '../../../src/host/analyzer';
import type { Logger } from '../../../src/host/logger';
import type { AnalyzeOptions, DocumentModel } from '../../../src/core';

// The worker serves the open documents first: a closed document listed in the Workspace view is analysed in
// the background, and never keeps an open one waiting. A stand-in worker (same protocol) takes `fakeMs` per text.
describe('analysis worker priority', () => {
  const workerPath = path.join(__dirname, '..', '..', 'fixtures', 'workers', 'fake-analysis-worker.cjs');
  let analyzer: Analyzer;
  let lines: string[];
  const log = { info: (m: string) => lines.push(m), error: (m: string) => lines.push(`error: ${m}`) } as unknown as Logger;
  // Over the inline limit, so each goes to the worker.
  const text = (n: number) => 'x '.repeat(40_000 + n);
  const opts = (fakeMs: number) => ({ disputeSeverity: 'warning', fakeMs }) as unknown as AnalyzeOptions;
  const echo = (m: DocumentModel) => (m as unknown as { echo: string }).echo;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeEach(() => {
    lines = [];
    analyzer = new Analyzer(workerPath, log);
  });
  afterEach(() => analyzer.dispose());

  it('pauses a background analysis when an open document asks, and finishes it afterwards', async () => {
    const order: string[] = [];
    const background = analyzer.analyze('workspace:a', text(1), opts(1_500), undefined, 'background').then((m) => { order.push('a'); return m; });
    await sleep(100);
    const open = analyzer.analyze('file:b', text(2), opts(50)).then((m) => { order.push('b'); return m; });
    const [a, b] = await Promise.all([background, open]);
    assert.deepEqual(order, ['b', 'a']);
    assert.equal(echo(a), 'workspace:a:80002');
    assert.equal(echo(b), 'file:b:80004');
    // a (stopped), b, a again.
    assert.equal(analyzer.workerRuns, 3);
    assert.deepEqual(lines.filter((l) => l.startsWith('Paused')), ["Paused the background analysis of workspace:a: an open document's analysis goes first"]);
  });

  it('holds a background request while an open document is analysed', async () => {
    const order: string[] = [];
    const open = analyzer.analyze('file:b', text(2), opts(300)).then(() => order.push('b'));
    const background = analyzer.analyze('workspace:a', text(1), opts(50), undefined, 'background').then(() => order.push('a'));
    await Promise.all([open, background]);
    assert.deepEqual(order, ['b', 'a']);
    assert.equal(analyzer.workerRuns, 2);
  });

  it('runs held background requests one at a time, the newest text of each', async () => {
    const open = analyzer.analyze('file:b', text(2), opts(200));
    const first = analyzer.analyze('workspace:a', text(1), opts(50), undefined, 'background');
    const second = analyzer.analyze('workspace:c', text(3), opts(50), undefined, 'background');
    const firstAgain = analyzer.analyze('workspace:a', text(5), opts(50), undefined, 'background');
    const [, a, c, a2] = await Promise.all([open, first, second, firstAgain]);
    assert.equal(echo(a), 'workspace:a:80010');
    assert.equal(echo(a2), 'workspace:a:80010');
    assert.equal(echo(c), 'workspace:c:80006');
    assert.equal(analyzer.workerRuns, 3);
  });

  it('gives a held background caller the open document\'s newer analysis of the same key', async () => {
    const open = analyzer.analyze('file:b', text(2), opts(200));
    const held = analyzer.analyze('file:a', text(1), opts(50), undefined, 'background');
    await sleep(20);
    const fresh = analyzer.analyze('file:a', text(4), opts(50));
    const [, h, f] = await Promise.all([open, held, fresh]);
    assert.equal(echo(h), 'file:a:80008');
    assert.equal(echo(f), 'file:a:80008');
    assert.equal(analyzer.workerRuns, 2);
  });

  it('stops the analysis of a document that changed, and gives its callers the next version\'s model', async () => {
    const stale = analyzer.analyze('file:a', text(1), opts(1_500));
    await sleep(100);
    analyzer.stop('file:a');
    await sleep(100);
    const fresh = analyzer.analyze('file:a', text(2), opts(50));
    const [s, f] = await Promise.all([stale, fresh]);
    assert.deepEqual([echo(s), echo(f)], ['file:a:80004', 'file:a:80004']);
    assert.equal(analyzer.workerRuns, 2);
    assert.equal(lines.filter((l) => l.startsWith('Stopped the analysis of file:a in the worker: the document changed (it stopped ')).length, 1);
  });

  it('gives whoever waited for a stopped analysis an empty model when the document closes', async () => {
    const stale = analyzer.analyze('file:a', text(1), opts(1_500));
    await sleep(100);
    analyzer.stop('file:a');
    await sleep(100);
    analyzer.forget('file:a');
    const m = await stale;
    assert.deepEqual([echo(m), m.figures.length, m.findings.length], [undefined, 0, 0]);
  });

  it('rejects the held background requests when it shuts down', async () => {
    const open = analyzer.analyze('file:b', text(2), opts(300)).catch((e: Error) => e.message);
    const held = analyzer.analyze('workspace:a', text(1), opts(50), undefined, 'background').catch((e: Error) => e.message);
    analyzer.dispose();
    assert.deepEqual(await Promise.all([open, held]), ['Marginalia is shutting down', 'Marginalia is shutting down']);
  });
});
