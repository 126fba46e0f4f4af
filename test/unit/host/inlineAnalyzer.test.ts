import * as assert from 'node:assert/strict';
import { Analyzer, INLINE_LIMIT, needsWorker } from '../../../src/host/analyzer';
import type { Logger } from '../../../src/host/logger';
import { Worker as WebWorkerStandIn } from '../../../src/host/workerThreads.web';

// The web extension host gives the analyzer no worker script (it cannot start a nested worker,
// microsoft/vscode#168942): every document is analysed inline, and nothing is reported as a failure.
describe('the analyzer without a worker (the web extension host)', () => {
  const errors: string[] = [];
  const log = { info: () => undefined, error: (message: string) => errors.push(message) } as unknown as Logger;

  it('analyses a document the desktop would send to the worker inline, without an error', async () => {
    const paragraph = 'Police said 10 people came, but organisers said 900 people came.\n\n';
    const text = paragraph.repeat(Math.ceil((INLINE_LIMIT + 1) / paragraph.length));
    assert.equal(needsWorker(text), true);
    const analyzer = new Analyzer(undefined, log);
    const model = await analyzer.analyze('web:large', text, {});
    assert.equal(model.figures.length, 2 * Math.ceil((INLINE_LIMIT + 1) / paragraph.length));
    assert.equal(analyzer.workerRuns, 0);
    assert.deepEqual(errors, []);
    analyzer.dispose();
  });

  it('has a stand-in for Node\'s Worker that says why it cannot start', () => {
    assert.throws(() => new WebWorkerStandIn('dist/worker.js'), /cannot start dist\/worker\.js: the web extension host has no worker threads.*microsoft\/vscode#168942/);
  });
});
