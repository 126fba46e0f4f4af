// `npm run bench`: speed of the analysis against bare remark-parse on the same text, measured in the same
// run, so the figures are ratios that hold on a loaded machine. Prints one line per measure.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyzeDocument, ModelIndex } from '../src/core';

const ROOT = process.env.BENCH_ROOT ?? path.resolve(__dirname, '..');

/** The sample and every fixture article, front matter removed, repeated up to `size` characters. */
function corpus(size: number): string {
  const dirs = [path.join(ROOT, 'samples'), path.join(ROOT, 'test', 'fixtures', 'articles')];
  const texts: string[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.md'));
    } catch {
      continue;
    }
    for (const n of names) texts.push(readFileSync(path.join(dir, n), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  }
  let doc = '';
  for (let i = 0; doc.length < size; i++) doc += `${texts[i % texts.length]}\n\n`;
  return doc;
}

/** Median of `runs` timings of `fn`, in milliseconds, after one warm-up. */
function time(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const bare = unified().use(remarkParse);
const doc = corpus(300_000);
const parseMs = time(() => bare.parse(doc), 7);
const analyzeMs = time(() => analyzeDocument(doc), 7);
console.log(`document: ${(doc.length / 1024).toFixed(0)} KB`);
console.log(`bare remark-parse: ${parseMs.toFixed(1)} ms (${(doc.length / 1e6 / (parseMs / 1000)).toFixed(2)} MB/s)`);
console.log(`full analysis: ${analyzeMs.toFixed(1)} ms (${(doc.length / 1e6 / (analyzeMs / 1000)).toFixed(2)} MB/s)`);
console.log(`ratio full analysis / bare parse: ${(analyzeMs / parseMs).toFixed(2)} (target <= 1.5)`);

const model = analyzeDocument(doc);
const index = new ModelIndex(model);
const probes = Array.from({ length: 10_000 }, (_, i) => Math.floor((i * 7919) % doc.length));
const lookupMs = time(() => { for (const o of probes) index.at(o); }, 5) / probes.length;
console.log(`hover lookup on the cached model: ${(lookupMs * 1000).toFixed(2)} µs per lookup (aim <= 2 ms)`);

const sizes = [30_000, 300_000, 3_000_000];
const times = sizes.map((s) => {
  const d = corpus(s);
  return time(() => analyzeDocument(d), s > 1e6 ? 3 : 5);
});
const exponent = Math.log(times[2] / times[0]) / Math.log(sizes[2] / sizes[0]);
console.log(`growth: 30 KB ${times[0].toFixed(0)} ms, 300 KB ${times[1].toFixed(0)} ms, 3 MB ${times[2].toFixed(0)} ms; exponent ${exponent.toFixed(2)} (1.0 is linear)`);
