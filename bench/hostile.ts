// The hostile shapes of issue 13: what happens to each (analysed inline or in the worker, or declined) and
// how long it takes, in this process and end to end through the CLI (dist/cli.js, node's start-up included).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeDocument, declineReason, scanShape } from '../src/core';
import { needsWorker } from '../src/host/analyzer';

const TAIL = 'Police said 10 people came.';

/** A deterministic stream of printable ASCII (mulberry32), for the junk file. */
function junk(length: number): string {
  let a = 13;
  const chars: string[] = [];
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    chars.push(String.fromCharCode(32 + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 95)));
  }
  return chars.join('');
}

const SHAPES: Array<[string, () => string]> = [
  ['10,000 nested quotes', () => `${'> '.repeat(10_000)}${TAIL}`],
  ['4,000 nested list markers', () => `${'- '.repeat(4_000)}${TAIL}`],
  ['3,000 `> - ` mixed', () => `${'> - '.repeat(3_000)}${TAIL}`],
  ['60 KB of `- - x` lines', () => '- - Police said 10 people came.\n'.repeat(1_900)],
  ['300 KB of `- - x` lines', () => '- - Police said 10 people came.\n'.repeat(9_400)],
  ['4,000 `*a` pairs in a paragraph', () => `${TAIL}\n\n${'*a'.repeat(4_000)}`],
  ['64 KB of `*a` in a paragraph', () => `${TAIL}\n\n${'*a'.repeat(32_000)}`],
  ['1 MB of printable junk', () => junk(1_000_000)],
  ['a 5 MB line', () => `${TAIL} `.repeat(Math.ceil(5_000_000 / (TAIL.length + 1)))],
];

/** Median of `runs` timings of `fn`, in milliseconds. */
function median(fn: () => void, runs: number): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** Prints one line per hostile shape. */
export function benchHostileShapes(root: string): void {
  const cli = path.join(root, 'dist', 'cli.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'marginalia-bench-'));
  try {
    for (const [name, make] of SHAPES) {
      const text = make();
      const declined = declineReason(scanShape(text));
      const outcome = declined ? 'declined' : `analysed ${needsWorker(text) ? 'in the worker' : 'inline'}`;
      const big = text.length > 1_000_000;
      const scanMs = median(() => scanShape(text), big ? 3 : 9);
      // What the CLI does: the pre-scan, then the analysis unless declined.
      const ms = median(() => declineReason(scanShape(text)) ?? analyzeDocument(text), big ? 1 : 3);
      const file = path.join(dir, 'shape.md');
      writeFileSync(file, text);
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [cli, 'analyze', file, '--no-annotations'], { stdio: 'ignore' });
      const cliMs = performance.now() - t0;
      const cliNote = r.error ? `not run (${r.error.message})` : `${cliMs.toFixed(0)} ms, exit ${r.status}`;
      console.log(`hostile: ${name} (${(text.length / 1000).toFixed(0)} KB): ${outcome}; pre-scan ${scanMs.toFixed(1)} ms, ` +
        `pre-scan + analysis ${ms.toFixed(0)} ms; CLI ${cliNote}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
