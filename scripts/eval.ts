// `npm run eval`: recall and precision per measure over the answer-keyed articles: the fixtures
// (test/fixtures/articles, written with the rules) and the first-sight corpus (test/corpus/batch-NN).
//
//   npm run eval                          every set, the tuning set and the newest batch apart
//   npm run eval -- --articles            one row per article as well
//   npm run eval -- --record batch-07     score a new batch at first sight and append it to docs/accuracy.md
//   npm run eval -- --cli                 score through `node dist/cli.js analyze --format json` instead
//
// A batch is recorded once, before any rule changes for it; docs/accuracy.md is append-only.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, type DocumentModel } from '../src/core';
import { addScores, emptyScore, evaluate, MEASURE_LABELS, MEASURES, TARGETS, type AnswerKey, type Count, type Score } from '../test/support/evaluate';

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'articles');
const CORPUS = path.join(ROOT, 'test', 'corpus');
const LEDGER = path.join(ROOT, 'docs', 'accuracy.md');

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const recordIdx = args.indexOf('--record');
const recordBatch = recordIdx >= 0 ? args[recordIdx + 1] : undefined;
const viaCli = flag('--cli');

const pct = (c: Count) => (c.of === 0 ? '–' : `${Math.round((100 * c.hit) / c.of)}%`);
const cell = (c: Count) => (c.of === 0 ? '–' : `${pct(c)} (${c.hit}/${c.of})`);

interface Article { name: string; md: string; key: AnswerKey }
function articlesIn(dir: string): Article[] {
  return readdirSync(dir).filter((f) => f.endsWith('.key.json')).sort().map((f) => {
    const key = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as AnswerKey;
    const md = key.source ? path.join(ROOT, key.source) : path.join(dir, f.replace(/\.key\.json$/, '.md'));
    return { name: f.replace(/\.key\.json$/, ''), md, key };
  });
}
const batches = existsSync(CORPUS) ? readdirSync(CORPUS).filter((d) => /^batch-\d+$/.test(d)).sort() : [];

function analyse(file: string): DocumentModel {
  if (!viaCli) return analyzeDocument(readFileSync(file, 'utf8'));
  const out = execFileSync('node', [path.join(ROOT, 'dist', 'cli.js'), 'analyze', '--format', 'json', '--no-annotations', file], { encoding: 'utf8' });
  return JSON.parse(out) as DocumentModel;
}

function score(articles: Article[], perArticle: boolean): Score {
  let total = emptyScore();
  for (const a of articles) {
    const s = evaluate(analyse(a.md), a.key, readFileSync(a.md, 'utf8'));
    if (perArticle) console.log(`  ${a.name.padEnd(34)} ${MEASURES.map((m) => pct(s[m]).padStart(7)).join(' ')}`);
    total = addScores(total, s);
  }
  return total;
}
const line = (label: string, s: Score) => `${label.padEnd(40)} ${MEASURES.map((m) => pct(s[m]).padStart(7)).join(' ')}`;
const header = () => console.log(`${''.padEnd(40)} ${MEASURE_LABELS.map((l) => l.padStart(7)).join(' ')}`);

/** Batches already scored at first sight, read from the ledger's rows. */
function recorded(): string[] {
  if (!existsSync(LEDGER)) return [];
  return [...readFileSync(LEDGER, 'utf8').matchAll(/^\| [^|]+\| [^|]+\| (batch-\d+) \|/gm)].map((m) => m[1]!);
}

if (recordBatch !== undefined) {
  if (!batches.includes(recordBatch)) throw new Error(`no such batch: test/corpus/${recordBatch}`);
  if (recorded().includes(recordBatch)) {
    console.error(`${recordBatch} is already in docs/accuracy.md: a batch is scored at first sight once, and its row is never rewritten.`);
    process.exit(2);
  }
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim();
  if (dirty) {
    console.error('src/ has uncommitted changes: commit the analysis first, so that the row names the code it measured.');
    process.exit(2);
  }
  const articles = articlesIn(path.join(CORPUS, recordBatch));
  const explainers = articles.filter((a) => a.key.kind === 'explainer').length;
  header();
  const s = score(articles, true);
  console.log(line(`${recordBatch} at first sight`, s));
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const date = new Date().toISOString().slice(0, 10);
  appendFileSync(LEDGER, `| ${date} | ${commit} | ${recordBatch} | ${articles.length} (${explainers} explainers) | ${MEASURES.map((m) => cell(s[m])).join(' | ')} |\n`);
  console.log(`\nappended to docs/accuracy.md`);
  process.exit(0);
}

const order = recorded();
const done = new Set(order);
const perArticle = flag('--articles');
header();
const fixtures = articlesIn(FIXTURES);
if (perArticle) console.log('fixtures (written with the rules)');
let tuning = score(fixtures, perArticle);
console.log(line('fixtures (written with the rules)', tuning));
const newest = order.at(-1);
let newestScore: Score | null = null;
for (const b of batches) {
  // An unrecorded batch is not scored here: looking at its score before recording it would spoil its first sight.
  if (!done.has(b)) {
    console.log(`${b.padEnd(40)} not scored: record its first sight first`);
    continue;
  }
  if (perArticle) console.log(b);
  const s = score(articlesIn(path.join(CORPUS, b)), perArticle);
  console.log(line(`${b} now`, s));
  tuning = addScores(tuning, s);
  if (b === newest) newestScore = s;
}
console.log('');
console.log(line('tuning set (fixtures + recorded)', tuning));
if (newest && newestScore) console.log(line(`newest batch, ${newest}, now`, newestScore));
console.log(`${'target at first sight'.padEnd(40)} ${MEASURES.map((m) => (TARGETS[m] ? `${Math.round(TARGETS[m]! * 100)}%` : '–').padStart(7)).join(' ')}`);
console.log('\nFirst-sight scores, the measure that counts, are the rows of docs/accuracy.md.');
const unscored = batches.filter((b) => !done.has(b));
if (unscored.length) console.log(`Score ${unscored.join(', ')} before tuning on them: npm run eval -- --record ${unscored[0]}`);
