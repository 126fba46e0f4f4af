import { findDisputes } from '../analyze/disputes';
import { buildFindings, makeSays } from '../analyze/findings';
import { slug } from '../analyze/gazetteer';
import { SUBJECT_GROUPS } from '../data/lexicon';
import type { Actor, ActorKind, AnnotationRef, Dispute, DocumentModel, Figure, Interest, Mention, Severity } from '../model';
import type { ActorAction, Annotation } from './annotation';

/** An annotation with the span of the current text it anchors to. Orphans are not applied. */
export interface PlacedAnnotation {
  readonly annotation: Annotation;
  readonly start: number;
  readonly end: number;
}

const ACTOR_KINDS: readonly ActorKind[] = ['country', 'person', 'organisation', 'group', 'other'];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
interface WorkActor extends Mutable<Omit<Actor, 'aliases' | 'mentions' | 'annotatedBy'>> {
  aliases: string[];
  mentions: Mention[];
  annotatedBy: AnnotationRef[];
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
const MAX_OCCURRENCES = 10_000;

/** Whole-word occurrences of a phrase, at most {@link MAX_OCCURRENCES}. */
function occurrences(text: string, phrase: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (phrase.length === 0) return out;
  for (let at = text.indexOf(phrase); at >= 0 && out.length < MAX_OCCURRENCES; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if (isWordChar(text[at - 1]) && isWordChar(text[at])) continue;
    if (isWordChar(text[end]) && isWordChar(text[end - 1])) continue;
    out.push([at, end]);
  }
  return out;
}

/** True when [start, end) overlaps any of the sorted, disjoint spans. */
function overlapsAny(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid];
    if (e <= start) lo = mid + 1;
    else if (s >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

const overlap = (a: { start: number; end: number }, start: number, end: number): number => Math.min(a.end, end) - Math.max(a.start, start);

/** The subject group of a counted noun as a person wrote it: "soldiers" → "troops"; otherwise the words themselves. */
export function groupOfSubject(subject: string): string {
  const words = subject.toLowerCase().trim().split(/\s+/);
  return SUBJECT_GROUPS.get(words[words.length - 1]) ?? words.join(' ');
}

/**
 * Applies people's annotations to an automatic model: they override and extend it. In order of their
 * `modified` time (the later wins):
 * - actor: `declare` the span an actor (named by the value), make it an `alias` of `fields.actor`, `rename`
 *   the actor, `merge` the actor at the span into `fields.actor`, or mark it `not-an-actor`;
 * - claim: set the figure's `fields.claimant` (an actor id, or "" for the article's own voice), its
 *   `fields.subject`, or `fields.group`: figures with the same group are the same quantity;
 * - interest: `fields.actor` wants what the value says, claimed by `fields.claimedBy`, evidenced by the span;
 * - dispute review of a figure: `not-a-dispute` takes the figure out of the comparison (its dispute is decided
 *   again without it); `confirmed` and `resolved` are recorded on its dispute.
 * Disputes and findings are then decided again by the usual rules. Notes change nothing. Pure.
 */
export function applyAnnotations(model: DocumentModel, text: string, placed: readonly PlacedAnnotation[],
  options: { readonly disputeSeverity?: Severity } = {}): DocumentModel {
  const effective = placed.filter((p) => p.annotation.body.kind !== 'note');
  if (effective.length === 0) return model;
  const ordered = [...effective].sort((x, y) => x.annotation.modified.localeCompare(y.annotation.modified) || x.annotation.id.localeCompare(y.annotation.id));
  const ref = (a: Annotation): AnnotationRef => ({ id: a.id, author: a.creator.name });

  const actors = new Map<string, WorkActor>(model.actors.map((a) => [a.id, {
    ...a, aliases: [...a.aliases], mentions: [...a.mentions], annotatedBy: [...(a.annotatedBy ?? [])],
  }]));
  /** Actors merged away (id → the actor they became) or removed (id → null). */
  const moved = new Map<string, string | null>();
  const resolve = (id: string | undefined): string | null => {
    let current: string | null = id ?? null;
    for (let hops = 0; current !== null && moved.has(current) && hops < 100; hops++) current = moved.get(current) ?? null;
    return current !== null && actors.has(current) ? current : null;
  };
  const actorAt = (start: number, end: number): WorkActor | undefined => {
    let best: WorkActor | undefined;
    let bestOverlap = 0;
    for (const a of actors.values()) {
      for (const m of a.mentions) {
        const o = overlap(m, start, end);
        if (o > bestOverlap || (o === 0 && bestOverlap === 0 && !best && m.start <= start && end <= m.end)) {
          best = a;
          bestOverlap = o;
        }
      }
    }
    return best;
  };
  const mergeInto = (from: WorkActor, into: WorkActor, by: AnnotationRef | null) => {
    if (from.id === into.id) return;
    into.mentions.push(...from.mentions.map((m) => ({ ...m, actorId: into.id })));
    into.mentions.sort((a, b) => a.start - b.start);
    for (const alias of [from.name, ...from.aliases]) if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
    into.annotatedBy.push(...from.annotatedBy, ...(by ? [by] : []));
    actors.delete(from.id);
    moved.set(from.id, into.id);
  };
  /**
   * Makes every whole-word occurrence of the phrase a mention of the actor, taking it from any other actor
   * (but not from a longer name that contains it: declaring "Kim" leaves "Kim Jong Un" alone).
   */
  const claimPhrase = (actor: WorkActor, phrase: string) => {
    const spans = occurrences(text, phrase);
    if (spans.length === 0) return;
    const others: Array<{ m: Mention; owner: WorkActor }> = [];
    for (const o of actors.values()) if (o !== actor) for (const m of o.mentions) others.push({ m, owner: o });
    others.sort((x, y) => x.m.start - y.m.start);
    const taken = new Set<Mention>();
    const accepted: Array<[number, number]> = [];
    for (const [start, end] of spans) {
      // Mentions are disjoint: the ones overlapping [start, end) end just before the first that starts at or after `end`.
      let lo = 0;
      let hi = others.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (others[mid].m.start < end) lo = mid + 1;
        else hi = mid;
      }
      const hits: Mention[] = [];
      for (let i = lo - 1; i >= 0 && others[i].m.end > start; i--) hits.push(others[i].m);
      if (hits.some((m) => m.start <= start && end <= m.end && m.end - m.start > end - start)) continue;
      for (const m of hits) taken.add(m);
      accepted.push([start, end]);
    }
    for (const o of [...actors.values()]) {
      if (o === actor || !o.mentions.some((m) => taken.has(m))) continue;
      o.mentions = o.mentions.filter((m) => !taken.has(m));
      // Every place that named it is now this actor: it was this actor all along.
      if (o.mentions.length === 0) mergeInto(o, actor, null);
    }
    const own = actor.mentions.map((m): [number, number] => [m.start, m.end]).sort((a, b) => a[0] - b[0]);
    for (const [start, end] of accepted) {
      if (!overlapsAny(own, start, end)) actor.mentions.push({ start, end, text: text.slice(start, end), actorId: actor.id });
    }
    actor.mentions.sort((a, b) => a.start - b.start);
  };

  const figures: Array<Mutable<Figure>> = model.figures.map((f) => ({ ...f }));
  const figureAt = (start: number, end: number) => {
    let best: (typeof figures)[number] | undefined;
    let bestOverlap = 0;
    for (const f of figures) {
      const o = overlap(f, start, end);
      if (o > bestOverlap || (!best && f.start <= start && end <= f.end)) {
        best = f;
        bestOverlap = Math.max(o, bestOverlap);
      }
    }
    return best;
  };
  const added: Interest[] = [];
  let changed = false;
  const reviews: PlacedAnnotation[] = [];

  for (const p of ordered) {
    const a = p.annotation;
    const fields = a.body.fields ?? {};
    const quote = text.slice(p.start, p.end);
    switch (a.body.kind) {
      case 'actor': {
        const action = fields.action as ActorAction | undefined;
        if (action === 'declare') {
          const name = a.body.value.trim() || quote.trim();
          if (!name) break;
          let actor = actors.get(resolve(slug(name)) ?? '');
          if (!actor) {
            let id = slug(name);
            for (let n = 2; actors.has(id) || moved.has(id); n++) id = `${slug(name)}-${n}`;
            const kind = ACTOR_KINDS.includes(fields.actorKind as ActorKind) ? (fields.actorKind as ActorKind) : 'other';
            actor = { id, name, kind, aliases: [], mentions: [], annotatedBy: [] };
            actors.set(id, actor);
          }
          actor.annotatedBy.push(ref(a));
          claimPhrase(actor, quote);
          if (name !== quote) claimPhrase(actor, name);
          if (quote !== actor.name && !actor.aliases.includes(quote)) actor.aliases.push(quote);
          changed = true;
        } else if (action === 'alias') {
          const target = actors.get(resolve(fields.actor) ?? '');
          if (!target || !quote.trim()) break;
          target.annotatedBy.push(ref(a));
          claimPhrase(target, quote);
          if (quote !== target.name && !target.aliases.includes(quote)) target.aliases.push(quote);
          changed = true;
        } else if (action === 'rename') {
          const target = actors.get(resolve(fields.actor) ?? '') ?? actorAt(p.start, p.end);
          const name = a.body.value.trim();
          if (!target || !name || name === target.name) break;
          if (!target.aliases.includes(target.name)) target.aliases.push(target.name);
          target.aliases = target.aliases.filter((x) => x !== name);
          target.name = name;
          target.annotatedBy.push(ref(a));
          changed = true;
        } else if (action === 'merge') {
          const from = actorAt(p.start, p.end);
          const into = actors.get(resolve(fields.actor) ?? '');
          if (!from || !into || from === into) break;
          mergeInto(from, into, ref(a));
          changed = true;
        } else if (action === 'not-an-actor') {
          const target = actors.get(resolve(fields.actor) ?? '') ?? actorAt(p.start, p.end);
          if (!target) break;
          actors.delete(target.id);
          moved.set(target.id, null);
          changed = true;
        }
        break;
      }
      case 'claim': {
        const f = figureAt(p.start, p.end);
        if (!f) break;
        let touched = false;
        if (fields.claimant !== undefined) {
          const claimant = fields.claimant === '' ? null : resolve(fields.claimant);
          if (fields.claimant === '' || claimant !== null) {
            f.claimant = claimant;
            f.attribution = null;
            f.claimBasis = null;
            touched = true;
          }
        }
        if (fields.subject !== undefined && fields.subject.trim()) {
          f.subject = fields.subject.trim();
          f.subjectGroup = fields.group?.trim() || groupOfSubject(f.subject);
          touched = true;
        } else if (fields.group !== undefined && fields.group.trim()) {
          f.subjectGroup = fields.group.trim();
          touched = true;
        }
        if (touched) {
          f.annotatedBy = [...(f.annotatedBy ?? []), ref(a)];
          changed = true;
        }
        break;
      }
      case 'interest': {
        const actor = resolve(fields.actor);
        const interest = a.body.value.trim();
        if (actor === null || !interest) break;
        added.push({
          actor, interest, claimedBy: fields.claimedBy ? resolve(fields.claimedBy) : null, attribution: null, claimBasis: null, cue: null,
          evidence: { start: p.start, end: p.end, text: quote }, annotatedBy: [ref(a)],
        });
        changed = true;
        break;
      }
      case 'dispute-review':
        reviews.push(p);
        break;
      default:
        break;
    }
  }

  // Claims by actors merged away follow them; claims by removed actors become the article's own voice.
  for (const f of figures) {
    if (f.claimant !== null && !actors.has(f.claimant)) {
      f.claimant = resolve(f.claimant);
      if (f.claimant === null) {
        f.attribution = null;
        f.claimBasis = null;
      }
    }
  }
  const interests: Interest[] = [];
  for (const i of [...model.interests, ...added]) {
    const actor = actors.has(i.actor) ? i.actor : resolve(i.actor);
    if (actor === null) continue;
    const claimedBy = i.claimedBy === null || actors.has(i.claimedBy) ? i.claimedBy : resolve(i.claimedBy);
    interests.push(actor === i.actor && claimedBy === i.claimedBy ? i : { ...i, actor, claimedBy });
  }
  interests.sort((x, y) => x.evidence.start - y.evidence.start);

  const finalActors: Actor[] = [...actors.values()].filter((a) => a.mentions.length > 0)
    .map(({ annotatedBy, ...rest }) => (annotatedBy.length > 0 ? { ...rest, annotatedBy } : rest));
  const says = makeSays((id) => actors.get(id));

  // Reviews, per figure (the latest wins): "not a dispute" takes the figure out of the comparison, and the
  // disputes are decided again without it; "confirmed" and "resolved" are recorded on its dispute.
  const verdicts = new Map<string, PlacedAnnotation>();
  for (const p of reviews) {
    const f = figureAt(p.start, p.end);
    if (f) verdicts.set(f.id, p);
  }
  const excluded = new Set([...verdicts].filter(([, p]) => p.annotation.body.fields?.status === 'not-a-dispute').map(([id]) => id));
  const disputes: Dispute[] = changed || excluded.size > 0
    ? findDisputes(excluded.size > 0 ? figures.filter((f) => !excluded.has(f.id)) : figures, says, text)
    : [...model.disputes];
  const reviewed = new Map<string, NonNullable<Dispute['review']> & { modified: string }>();
  for (const [figureId, p] of verdicts) {
    const status = p.annotation.body.fields?.status;
    if (status !== 'confirmed' && status !== 'resolved') continue;
    const d = disputes.find((x) => x.figures.includes(figureId));
    const earlier = d && reviewed.get(d.id);
    if (d && (!earlier || earlier.modified <= p.annotation.modified)) {
      reviewed.set(d.id, { ...ref(p.annotation), status, comment: p.annotation.body.value, modified: p.annotation.modified });
    }
  }
  const finalDisputes = disputes.map((d) => {
    const review = reviewed.get(d.id);
    if (!review) return d;
    const { modified: _modified, ...rest } = review;
    return { ...d, review: rest };
  });

  const severity = options.disputeSeverity ?? model.findings[0]?.severity ?? 'warning';
  const findings = buildFindings(finalDisputes, figures, severity, says).map((f) => {
    const review = reviewed.get(f.disputeId);
    if (!review) return f;
    return review.status === 'resolved'
      ? { ...f, severity: 'information' as const, message: `Resolved (${review.author}): ${f.message}` }
      : { ...f, message: `${f.message} (confirmed by ${review.author})` };
  });
  return { actors: finalActors, figures, disputes: finalDisputes, interests, findings };
}
