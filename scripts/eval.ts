// `npm run eval`: recall and precision per measure over the fixture articles and their answer keys.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../src/core';
import { addScores, evaluate, TARGETS, type AnswerKey, type Score } from '../test/support/evaluate';

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, 'test', 'fixtures', 'articles');
const pct = (c: { hit: number; of: number }) => (c.of === 0 ? '   –' : `${Math.round((100 * c.hit) / c.of)}%`.padStart(4));

let total: Score | null = null;
const measures: Array<keyof Score> = ['actorRecall', 'actorPrecision', 'figureRecall', 'figurePrecision', 'claimantAccuracy', 'disputeRecall', 'disputePrecision', 'interestRecall'];
const short = ['act R', 'act P', 'fig R', 'fig P', 'claim', 'disp R', 'disp P', 'int R'];
console.log(`${'article'.padEnd(24)} ${short.map((s) => s.padStart(6)).join(' ')}`);
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.key.json')).sort()) {
  const key = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as AnswerKey;
  const md = key.source ? path.join(ROOT, key.source) : path.join(DIR, file.replace(/\.key\.json$/, '.md'));
  const score = evaluate(analyzeDocument(readFileSync(md, 'utf8')), key);
  total = total ? addScores(total, score) : score;
  console.log(`${file.replace(/\.key\.json$/, '').padEnd(24)} ${measures.map((m) => pct(score[m]).padStart(6)).join(' ')}`);
}
if (total) {
  const t = total;
  console.log(`${'all'.padEnd(24)} ${measures.map((m) => pct(t[m]).padStart(6)).join(' ')}`);
  console.log(`${'target (held-out set)'.padEnd(24)} ${measures.map((m) => (TARGETS[m] ? `${TARGETS[m]! * 100}%` : '–').padStart(6)).join(' ')}`);
}
