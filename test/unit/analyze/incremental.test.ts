import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AnalysisCache, AnalysisCancelled, analyzeDocument, proseSentences, proseSentencesWhole, splitChunks } from '../../../src/core';
import { rng } from '../../support/rng';

const ARTICLES = path.join(__dirname, '..', '..', 'fixtures', 'articles');
const articles = readdirSync(ARTICLES).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(ARTICLES, f), 'utf8'));

describe('incremental analysis', () => {
  it('splits at blank lines but never inside fences, raw HTML, comments, front matter or indented continuations', () => {
    const text = '---\na: 1\n\nb: 2\n---\n\nOne.\n\n```\ncode\n\nmore\n```\n\n<pre>\nx\n\ny\n</pre>\n\n- item\n\n  continued\n\nLast.\n';
    assert.deepEqual(splitChunks(text).map((c) => text.slice(c.start, c.end)), [
      '---\na: 1\n\nb: 2\n---\n\n', 'One.\n\n', '```\ncode\n\nmore\n```\n\n', '<pre>\nx\n\ny\n</pre>\n\n', '- item\n\n  continued\n\n', 'Last.\n',
    ]);
  });

  it('keeps a document with link reference definitions whole', () => {
    assert.equal(splitChunks('See [x][a].\n\n[a]: https://example.com\n').length, 1);
  });

  it('gives the same model as a cold analysis for every fixture article', () => {
    for (const text of articles) assert.deepEqual(analyzeDocument(text, {}, new AnalysisCache()), analyzeDocument(text));
  });

  it('finds, parsing batches of chunks, exactly the sentences one parse of the whole document finds', () => {
    for (const text of [...articles, articles.join('\n\n'), articles.join('\n\n').repeat(3)]) {
      const whole = proseSentencesWhole(text);
      assert.deepEqual(proseSentences(text), whole);
      assert.deepEqual(proseSentences(text, undefined, 1), whole, 'every chunk parsed alone');
    }
  });

  it('re-parses only the chunk an edit touches', () => {
    const text = articles.join('\n\n');
    const cache = new AnalysisCache();
    analyzeDocument(text, {}, cache);
    const chunks = cache.parsedChunks;
    assert.ok(chunks > 50, `${chunks} chunks`);
    const at = text.indexOf('Police said');
    const edited = `${text.slice(0, at)}Reuters said 12 people came. ${text.slice(at)}`;
    assert.deepEqual(analyzeDocument(edited, {}, cache), analyzeDocument(edited));
    assert.equal(cache.parsedChunks, 1);
  });

  it('stays equal to a cold analysis over 300 random edits with one cache', () => {
    const next = rng(42);
    const cache = new AnalysisCache();
    let text = articles.slice(0, 4).join('\n\n');
    const inserts = ['\n\n', 'Police said 10,000 people marched. ', '```\n', '---\n', '> ', '- ', '    ', '<pre>\n', '[a]: x\n', '# ', '\n', 'Kyiv'];
    for (let step = 0; step < 300; step++) {
      const at = Math.floor(next() * (text.length + 1));
      const cut = next() < 0.5 ? Math.floor(next() * 30) : 0;
      text = text.slice(0, at) + inserts[Math.floor(next() * inserts.length)] + text.slice(at + cut);
      assert.deepEqual(analyzeDocument(text, {}, cache), analyzeDocument(text), `step ${step}`);
      if (step % 5 === 0) assert.deepEqual(proseSentences(text, undefined, 1), proseSentencesWhole(text), `step ${step}: chunk-by-chunk and whole parses agree`);
    }
  });

  it('stops when asked, at a checkpoint, and keeps what it parsed for the next analysis', () => {
    const text = articles.join('\n\n');
    const cache = new AnalysisCache();
    // Asked on every chunk and between the layers: yes after the 40th question.
    let asked = 0;
    assert.throws(() => analyzeDocument(text, { cancelled: () => ++asked > 40 }, cache), AnalysisCancelled);
    assert.equal(asked, 41);
    assert.equal(cache.parsedChunks, 40);
    // The next analysis of the same text reuses those 40 chunks and gives the same model as a cold one: it parses
    // only the chunks (by their text; some repeat) not among them.
    const chunks = splitChunks(text);
    const total = chunks.length;
    const keys = chunks.map((c) => `${c.start === 0 ? 'F' : 'B'}${text.slice(c.start, c.end)}`);
    const kept = new Set(keys.slice(0, 40));
    assert.deepEqual(analyzeDocument(text, {}, cache), analyzeDocument(text));
    assert.equal(cache.parsedChunks, new Set(keys.filter((k) => !kept.has(k))).size);
    // Asked only after the parse: it stops between the layers, and nothing is lost from the cache.
    let layers = 0;
    assert.throws(() => analyzeDocument(text, { cancelled: () => ++layers > total }, cache), AnalysisCancelled);
    assert.equal(layers, total + 1);
    assert.deepEqual(analyzeDocument(text, {}, cache), analyzeDocument(text));
    assert.equal(cache.parsedChunks, 0);
  });
});
