// Scores the analysis against hand-made answer keys (test/fixtures/articles, test/corpus/batch-NN).
// The key format is described in test/corpus/README.md. Matching rules, so that the numbers mean something:
// - an actor matches when any of its names (name or aliases, case-insensitive, without a leading "the" or a
//   trailing possessive) equals any name of the key's actor;
// - a key alias is merged when one model actor carries it together with another of the key actor's names;
//   only aliases the text uses count (with the text given), and not the full name with a title before it
//   ("President Emmanuel Macron" is the name "Emmanuel Macron", not another name);
// - a key figure matches the first unused model figure, in document order, whose text contains the key's
//   text or is contained in it;
// - a matched figure's claimant is right when both are null or the model's claimant actor matches the key's
//   (a key may list several acceptable claimants: a ministry and its state);
// - claimant precision counts only matched figures the model gives a named source;
// - a key dispute is found when one model dispute holds figures matching at least two of its texts (and
//   a model dispute is right when it so matches some key dispute);
// - a key interest is found when a model interest of the matching actor contains its phrase in the
//   interest or its evidence; a model interest is right when it so matches some key interest.
import type { Actor, DocumentModel } from '../../src/core';

export interface KeyActor { name: string; aliases?: string[] }
export interface AnswerKey {
  source?: string;
  kind?: 'explainer' | 'wire';
  actors: KeyActor[];
  figures: Array<{ text: string; claimant: string | string[] | null }>;
  disputes: string[][];
  interests: Array<{ actor: string; contains: string; claimedBy?: string | null }>;
}

/** Hits and totals for one measure. */
export interface Count { hit: number; of: number }
export interface Score {
  actorRecall: Count; actorPrecision: Count; aliasMerge: Count; figureRecall: Count; figurePrecision: Count;
  claimantAccuracy: Count; claimantPrecision: Count; disputeRecall: Count; disputePrecision: Count;
  interestRecall: Count; interestPrecision: Count;
}
export const MEASURES: ReadonlyArray<keyof Score> = ['actorRecall', 'actorPrecision', 'aliasMerge', 'figureRecall', 'figurePrecision',
  'claimantAccuracy', 'claimantPrecision', 'disputeRecall', 'disputePrecision', 'interestRecall', 'interestPrecision'];
/** Column headings for MEASURES, in order. */
export const MEASURE_LABELS: readonly string[] = ['actor R', 'actor P', 'alias', 'fig R', 'fig P', 'claim', 'claim P', 'disp R', 'disp P', 'int R', 'int P'];

export const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/^the\s+/, '').replace(/^(?:mr|mrs|ms|dr|sir|prof)\.?\s+/, '').replace(/'s?$/, '').replace(/\s+/g, ' ').trim();
export const names = (a: Actor) => new Set([a.name, ...a.aliases].map(norm));
const keyNames = (k: KeyActor) => new Set([k.name, ...(k.aliases ?? [])].map(norm));
export const same = (a: Actor, k: KeyActor) => [...names(a)].some((n) => keyNames(k).has(n));
export const overlaps = (a: string, b: string) => norm(a).includes(norm(b)) || norm(b).includes(norm(a));

/** True when the model gives key figure `kf` (matched to model figure `f`) the right claimant. */
export function claimantRight(model: DocumentModel, key: AnswerKey, kf: AnswerKey['figures'][number], f: DocumentModel['figures'][number]): boolean {
  const keyActor = (name: string) => key.actors.find((k) => norm(k.name) === norm(name)) ?? { name };
  const claimant = f.claimant === null ? null : model.actors.find((a) => a.id === f.claimant);
  const accepted = kf.claimant === null ? [] : Array.isArray(kf.claimant) ? kf.claimant : [kf.claimant];
  return kf.claimant === null ? f.claimant === null : claimant !== null && claimant !== undefined && accepted.some((n) => same(claimant, keyActor(n)));
}

/** True when a model interest matches a key interest: the same actor, and the key's phrase in its interest or evidence. */
export function interestMatches(model: DocumentModel, key: AnswerKey, i: DocumentModel['interests'][number], ki: AnswerKey['interests'][number]): boolean {
  const actor = model.actors.find((a) => a.id === i.actor);
  const k = key.actors.find((x) => norm(x.name) === norm(ki.actor)) ?? { name: ki.actor };
  return actor !== undefined && same(actor, k) && (norm(i.interest).includes(norm(ki.contains)) || norm(i.evidence.text).includes(norm(ki.contains)));
}

export function emptyScore(): Score {
  const c = (): Count => ({ hit: 0, of: 0 });
  return { actorRecall: c(), actorPrecision: c(), aliasMerge: c(), figureRecall: c(), figurePrecision: c(), claimantAccuracy: c(),
    claimantPrecision: c(), disputeRecall: c(), disputePrecision: c(), interestRecall: c(), interestPrecision: c() };
}

export function evaluate(model: DocumentModel, key: AnswerKey, text?: string): Score {
  const lowerText = text?.toLowerCase().replace(/’/g, "'");
  const used = (alias: string) => lowerText === undefined || new RegExp(`(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(lowerText);
  const s = emptyScore();

  for (const k of key.actors) {
    s.actorRecall.of++;
    if (model.actors.some((a) => same(a, k))) s.actorRecall.hit++;
    const all = [k.name, ...(k.aliases ?? [])].map(norm);
    for (const alias of new Set((k.aliases ?? []).map(norm))) {
      if (alias === norm(k.name) || alias.endsWith(` ${norm(k.name)}`) || !used(alias)) continue;
      s.aliasMerge.of++;
      if (model.actors.some((a) => { const n = names(a); return n.has(alias) && all.some((o) => o !== alias && n.has(o)); })) s.aliasMerge.hit++;
    }
  }
  for (const a of model.actors) {
    s.actorPrecision.of++;
    if (key.actors.some((k) => same(a, k))) s.actorPrecision.hit++;
  }

  const taken = new Set<string>();
  for (const kf of key.figures) {
    s.figureRecall.of++;
    const f = model.figures.find((x) => !taken.has(x.id) && overlaps(x.text, kf.text));
    if (!f) continue;
    taken.add(f.id);
    s.figureRecall.hit++;
    s.claimantAccuracy.of++;
    const right = claimantRight(model, key, kf, f);
    if (right) s.claimantAccuracy.hit++;
    if (f.claimant !== null) {
      s.claimantPrecision.of++;
      if (right) s.claimantPrecision.hit++;
    }
  }
  s.figurePrecision = { hit: taken.size, of: model.figures.length };

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
    if (model.interests.some((i) => interestMatches(model, key, i, ki))) s.interestRecall.hit++;
  }
  for (const i of model.interests) {
    s.interestPrecision.of++;
    if (key.interests.some((ki) => interestMatches(model, key, i, ki))) s.interestPrecision.hit++;
  }
  return s;
}

/** Adds two scores measure by measure. */
export function addScores(a: Score, b: Score): Score {
  const out = { ...a };
  for (const k of MEASURES) out[k] = { hit: a[k].hit + b[k].hit, of: a[k].of + b[k].of };
  return out;
}

/** The first-sight targets of issue 10, as fractions. */
export const TARGETS: Partial<Record<keyof Score, number>> = {
  actorRecall: 0.85, actorPrecision: 0.8, aliasMerge: 0.7, figureRecall: 0.9, figurePrecision: 0.9, claimantAccuracy: 0.75,
  claimantPrecision: 0.85, disputeRecall: 0.7, disputePrecision: 0.8, interestRecall: 0.5, interestPrecision: 0.7,
};
