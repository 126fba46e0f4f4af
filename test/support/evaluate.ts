// Scores the analysis against hand-made answer keys (test/fixtures/articles/*.key.json).
// Matching rules, so that the numbers mean something:
// - an actor matches when any of its names (name or aliases, case-insensitive, without a leading "the")
//   equals any name of the key's actor;
// - a key figure matches the first unused model figure, in document order, whose text contains the key's
//   text or is contained in it;
// - a matched figure's claimant is right when both are null or the model's claimant actor matches the key's;
// - a key dispute is found when one model dispute holds figures matching at least two of its texts (and
//   a model dispute is right when it so matches some key dispute);
// - a key interest is found when a model interest of the matching actor contains its phrase in the
//   interest or its evidence.
import type { Actor, DocumentModel } from '../../src/core';

export interface KeyActor { name: string; aliases?: string[] }
export interface AnswerKey {
  source?: string;
  actors: KeyActor[];
  figures: Array<{ text: string; claimant: string | null }>;
  disputes: string[][];
  interests: Array<{ actor: string; contains: string }>;
}

/** Hits and totals for one measure. */
export interface Count { hit: number; of: number }
export interface Score {
  actorRecall: Count; actorPrecision: Count; figureRecall: Count; figurePrecision: Count; claimantAccuracy: Count;
  disputeRecall: Count; disputePrecision: Count; interestRecall: Count;
}

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
const names = (a: Actor) => new Set([a.name, ...a.aliases].map(norm));
const keyNames = (k: KeyActor) => new Set([k.name, ...(k.aliases ?? [])].map(norm));
const same = (a: Actor, k: KeyActor) => [...names(a)].some((n) => keyNames(k).has(n));
const overlaps = (a: string, b: string) => norm(a).includes(norm(b)) || norm(b).includes(norm(a));

export function evaluate(model: DocumentModel, key: AnswerKey): Score {
  const c = (): Count => ({ hit: 0, of: 0 });
  const s: Score = { actorRecall: c(), actorPrecision: c(), figureRecall: c(), figurePrecision: c(), claimantAccuracy: c(),
    disputeRecall: c(), disputePrecision: c(), interestRecall: c() };
  const keyActor = (name: string) => key.actors.find((k) => norm(k.name) === norm(name)) ?? { name };

  for (const k of key.actors) {
    s.actorRecall.of++;
    if (model.actors.some((a) => same(a, k))) s.actorRecall.hit++;
  }
  for (const a of model.actors) {
    s.actorPrecision.of++;
    if (key.actors.some((k) => same(a, k))) s.actorPrecision.hit++;
  }

  const used = new Set<string>();
  for (const kf of key.figures) {
    s.figureRecall.of++;
    const f = model.figures.find((x) => !used.has(x.id) && overlaps(x.text, kf.text));
    if (!f) continue;
    used.add(f.id);
    s.figureRecall.hit++;
    s.claimantAccuracy.of++;
    const claimant = f.claimant === null ? null : model.actors.find((a) => a.id === f.claimant);
    const right = kf.claimant === null ? f.claimant === null : claimant !== null && claimant !== undefined && same(claimant, keyActor(kf.claimant));
    if (right) s.claimantAccuracy.hit++;
  }
  s.figurePrecision = { hit: used.size, of: model.figures.length };

  const disputeTexts = model.disputes.map((d) => d.figures.map((id) => model.figures.find((f) => f.id === id)?.text ?? ''));
  const matchesKey = (texts: string[], kd: string[]) => kd.filter((k) => texts.some((t) => overlaps(t, k))).length >= 2;
  for (const kd of key.disputes) {
    s.disputeRecall.of++;
    if (disputeTexts.some((t) => matchesKey(t, kd))) s.disputeRecall.hit++;
  }
  for (const t of disputeTexts) {
    s.disputePrecision.of++;
    if (key.disputes.some((kd) => matchesKey(t, kd))) s.disputePrecision.hit++;
  }

  for (const ki of key.interests) {
    s.interestRecall.of++;
    const k = keyActor(ki.actor);
    const found = model.interests.some((i) => {
      const actor = model.actors.find((a) => a.id === i.actor);
      return actor !== undefined && same(actor, k) && (norm(i.interest).includes(norm(ki.contains)) || norm(i.evidence.text).includes(norm(ki.contains)));
    });
    if (found) s.interestRecall.hit++;
  }
  return s;
}

/** Adds two scores measure by measure. */
export function addScores(a: Score, b: Score): Score {
  const out = { ...a };
  for (const k of Object.keys(a) as Array<keyof Score>) out[k] = { hit: a[k].hit + b[k].hit, of: a[k].of + b[k].of };
  return out;
}

/** The held-out targets of issue 3, as fractions. */
export const TARGETS: Partial<Record<keyof Score, number>> = {
  actorRecall: 0.85, actorPrecision: 0.75, figureRecall: 0.85, claimantAccuracy: 0.75,
  disputeRecall: 0.7, disputePrecision: 0.7, interestRecall: 0.5,
};
