// `npm run eval:explain -- batch-03 [article]`: what the analysis got wrong on a recorded batch, item by item
// (missing and extra actors, unmerged aliases, missed figures, wrong claimants, missed and extra interests).
// Refuses a batch whose first sight is not yet in docs/accuracy.md: looking first would spoil it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, type Actor } from '../src/core';
import type { AnswerKey, KeyActor } from '../test/support/evaluate';

const ROOT = path.resolve(__dirname, '..');
const [batch, only] = process.argv.slice(2);
const ledger = path.join(ROOT, 'docs', 'accuracy.md');
const dir = batch?.startsWith('batch-') ? path.join(ROOT, 'test', 'corpus', batch) : path.join(ROOT, 'test', 'fixtures', 'articles');
if (batch?.startsWith('batch-') && !(existsSync(ledger) && readFileSync(ledger, 'utf8').includes(`| ${batch} |`))) {
  console.error(`${batch} has no first-sight row in docs/accuracy.md yet: record it first (npm run eval -- --record ${batch}).`);
  process.exit(2);
}
const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/^the\s+/, '').replace(/^(?:mr|mrs|ms|dr|sir|prof)\.?\s+/, '').replace(/'s?$/, '').replace(/\s+/g, ' ').trim();
const namesOf = (a: Actor) => new Set([a.name, ...a.aliases].map(norm));
const keyNames = (k: KeyActor) => new Set([k.name, ...(k.aliases ?? [])].map(norm));
const same = (a: Actor, k: KeyActor) => [...namesOf(a)].some((n) => keyNames(k).has(n));
const overlaps = (a: string, b: string) => norm(a).includes(norm(b)) || norm(b).includes(norm(a));

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
    const accepted = kf.claimant === null ? [] : Array.isArray(kf.claimant) ? kf.claimant : [kf.claimant];
    const c = fig.claimant === null ? null : m.actors.find((a) => a.id === fig.claimant);
    const right = kf.claimant === null ? fig.claimant === null : !!c && accepted.some((n) => same(c, key.actors.find((k) => norm(k.name) === norm(n)) ?? { name: n }));
    if (!right) out.push(`claimant: ${kf.text} key=${JSON.stringify(kf.claimant)} model=${name(fig.claimant)} (${fig.claimBasis ?? ''} "${fig.attribution?.text ?? ''}")`);
  }
  for (const fig of m.figures) if (!used.has(fig.id)) out.push(`figure extra: ${fig.text}`);
  for (const ki of key.interests) {
    const k = key.actors.find((x) => norm(x.name) === norm(ki.actor)) ?? { name: ki.actor };
    if (!m.interests.some((i) => { const a = m.actors.find((x) => x.id === i.actor); return !!a && same(a, k) && (norm(i.interest).includes(norm(ki.contains)) || norm(i.evidence.text).includes(norm(ki.contains))); }))
      out.push(`interest missed: ${ki.actor}: ${ki.contains}`);
  }
  for (const i of m.interests) {
    const a = m.actors.find((x) => x.id === i.actor);
    const ok = key.interests.some((ki) => { const k = key.actors.find((x) => norm(x.name) === norm(ki.actor)) ?? { name: ki.actor }; return !!a && same(a, k) && (norm(i.interest).includes(norm(ki.contains)) || norm(i.evidence.text).includes(norm(ki.contains))); });
    if (!ok) out.push(`interest extra: ${name(i.actor)}: ${i.interest}`);
  }
  for (const d of m.disputes) out.push(`dispute: ${d.message}`);
  for (const kd of key.disputes) out.push(`key dispute: ${kd.join(' | ')}`);
  console.log(`\n## ${f.replace('.key.json', '')}\n${out.map((l) => `- ${l}`).join('\n')}`);
}
