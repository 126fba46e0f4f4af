// `npm run eval:explain -- batch-03 [article]`: what the analysis got wrong on a recorded batch, item by item
// (missing and extra actors, unmerged aliases, missed figures, wrong claimants, missed and extra interests).
// Refuses a batch whose first sight is not yet in docs/accuracy.md: looking first would spoil it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../src/core';
import { claimantRight, interestMatches, names as namesOf, norm, overlaps, same, type AnswerKey } from '../test/support/evaluate';

const ROOT = path.resolve(__dirname, '..');
const [batch, only] = process.argv.slice(2);
const ledger = path.join(ROOT, 'docs', 'accuracy.md');
const dir = batch?.startsWith('batch-') ? path.join(ROOT, 'test', 'corpus', batch) : path.join(ROOT, 'test', 'fixtures', 'articles');
if (batch?.startsWith('batch-') && !(existsSync(ledger) && readFileSync(ledger, 'utf8').includes(`| ${batch} |`))) {
  console.error(`${batch} has no first-sight row in docs/accuracy.md yet: record it first (npm run eval -- --record ${batch}).`);
  process.exit(2);
}
for (const f of readdirSync(dir).filter((x) => x.endsWith('.key.json')).sort()) {
  if (only && !f.startsWith(only)) continue;
  const key = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as AnswerKey;
  const m = analyzeDocument(readFileSync(path.join(dir, f.replace(/\.key\.json$/, '.md')), 'utf8'));
  const name = (id: string | null) => (id === null ? '—' : m.actors.find((a) => a.id === id)?.name ?? id);
  const out: string[] = [];
  for (const k of key.actors) if (!m.actors.some((a) => same(a, k))) out.push(`actor missed: ${k.name}`);
  for (const a of m.actors) if (!key.actors.some((k) => same(a, k))) out.push(`actor extra: ${a.name} [${a.kind}]`);
  for (const k of key.actors) {
    for (const al of k.aliases ?? []) {
      const all = [k.name, ...(k.aliases ?? [])].map(norm);
      if (!m.actors.some((a) => namesOf(a).has(norm(al)) && all.some((o) => o !== norm(al) && namesOf(a).has(o)))) out.push(`alias unmerged: ${k.name} / ${al}`);
    }
  }
  const used = new Set<string>();
  for (const kf of key.figures) {
    const fig = m.figures.find((x) => !used.has(x.id) && overlaps(x.text, kf.text));
    if (!fig) { out.push(`figure missed: ${kf.text}`); continue; }
    used.add(fig.id);
    const right = claimantRight(m, key, kf, fig);
    if (!right) out.push(`claimant: ${kf.text} key=${JSON.stringify(kf.claimant)} model=${name(fig.claimant)} (${fig.claimBasis ?? ''} "${fig.attribution?.text ?? ''}")`);
  }
  for (const fig of m.figures) if (!used.has(fig.id)) out.push(`figure extra: ${fig.text}`);
  for (const ki of key.interests) if (!m.interests.some((i) => interestMatches(m, key, i, ki))) out.push(`interest missed: ${ki.actor}: ${ki.contains}`);
  for (const i of m.interests) if (!key.interests.some((ki) => interestMatches(m, key, i, ki))) out.push(`interest extra: ${name(i.actor)}: ${i.interest}`);
  for (const d of m.disputes) out.push(`dispute: ${d.message}`);
  for (const kd of key.disputes) out.push(`key dispute: ${kd.join(' | ')}`);
  console.log(`\n## ${f.replace('.key.json', '')}\n${out.map((l) => `- ${l}`).join('\n')}`);
}
