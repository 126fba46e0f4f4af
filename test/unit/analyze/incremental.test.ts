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

  it('keeps sentence-local results only while they hold: word, sentence, number and paragraph edits give a cold analysis', () => {
    const next = rng(20261203);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
    const cache = new AnalysisCache();
    let text = articles.slice(2, 7).join('\n\n');
    analyzeDocument(text, {}, cache);
    const words = ['police', 'Reuters', 'about', 'Jane Smith', 'the ministry said', 'thousands', 'of', 'Kyiv', 'its'];
    const edits: Array<(t: string) => string> = [
      // Insert a word at a word boundary.
      (t) => {
        const at = t.indexOf(' ', Math.floor(next() * t.length));
        return at < 0 ? t : `${t.slice(0, at)} ${pick(words)}${t.slice(at)}`;
      },
      // Delete a sentence (up to and with its full stop).
      (t) => {
        const from = t.indexOf('. ', Math.floor(next() * t.length));
        const to = from < 0 ? -1 : t.indexOf('. ', from + 2);
        return to < 0 ? t : t.slice(0, from + 2) + t.slice(to + 2);
      },
      // Change a number.
      (t) => {
        const re = /\d[\d,.]*/g;
        re.lastIndex = Math.floor(next() * t.length);
        const m = re.exec(t);
        return m ? `${t.slice(0, m.index)}${pick(['7', '12,000', '3.5', '40', '1,250'])}${t.slice(m.index + m[0].length)}` : t;
      },
      // Split a paragraph at a sentence end.
      (t) => {
        const at = t.indexOf('. ', Math.floor(next() * t.length));
        return at < 0 ? t : `${t.slice(0, at + 1)}\n\n${t.slice(at + 2)}`;
      },
    ];
    let reused = 0;
    for (let step = 0; step < 40; step++) {
      text = pick(edits)(text);
      assert.deepEqual(analyzeDocument(text, {}, cache), analyzeDocument(text), `step ${step}`);
      reused += cache.reusedFigures;
    }
    assert.ok(reused > 0, 'figures were reused');
    // Analysing the same text again reuses every sentence that has figures to read.
    analyzeDocument(text, {}, cache);
    const again = cache.reusedFigures;
    assert.deepEqual(analyzeDocument(text, {}, cache), analyzeDocument(text));
    assert.equal(cache.reusedFigures, again);
  });
});
