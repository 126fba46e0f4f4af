import { AUX, CALL_ON, CLAUSE_WORDS, CUES, DETERMINERS, FINITE, LAUNCH, LINKS, MANNER, MODALS, NEGATIONS, PASSIVE_ALLOW, PREPOSITIONS, PROVISIONS, PURPOSE_NOUNS, RAISING, RELATIVE_OPENERS, REQUEST } from '../data/interestCues';
import { CLAIMANT_GROUPS, STATE_ORGANS } from '../data/lexicon';
import { sliceTokens, type ActorRegistry, type SentenceView } from './actorRegistry';
import type { PronounResolver } from './attribution';
import type { Token } from '../parse/tokenize';

const CURRENCY = new Set(['$', '£', '€', '¥', '₹']);
import { actorAt, objectEnd, subjectsBefore, type Subject } from './interestGrammar';

/** Records one interest: its actor, what it wants or gets, where its claim is read, and its evidence span. */
export type PushInterest = (actor: string, interest: string, at: number, from: number, to: number) => void;

/** What the frames of this file read with. */
export interface FrameContext {
  readonly view: SentenceView;
  readonly resolve: PronounResolver;
  readonly registry: ActorRegistry;
  readonly speakerAt: (k: number) => string | null;
  readonly push: PushInterest;
  /** Names the words of the frame being read ("in an attempt to"), which the interest shows as its cue. */
  readonly cue: (words: string) => void;
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** True for a word that can open a verb phrase after "to": "to find", not "to the mayor", "to Kyiv". */
function verbAt(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  return t !== undefined && t.kind === 'word' && !t.capitalised && !DETERMINERS.has(t.lower) && !AUX.has(t.lower) && !CLAUSE_WORDS.has(t.lower);
}

/**
 * "UNHCR had asked the mayor to find shelter", "He urged the regulator to “step in”", "called on Washington to
 * ease sanctions", "pressed the government into disclosing the toll": the asker wants what the one asked is to do.
 * Returns true when the frame read an interest.
 */
export function readRequest(ctx: FrameContext, v: number): boolean {
  const tokens = ctx.view.tokens;
  const lower = tokens[v].lower;
  let k = v + 1;
  if (CALL_ON.has(lower)) {
    if (tokens[k]?.lower !== 'on' && tokens[k]?.lower !== 'upon' && tokens[k]?.lower !== 'to') return false;
    k++;
  } else if (!REQUEST.has(lower)) return false;
  // "did not ask", "never urged": no wish is claimed.
  if (NEGATIONS.has(tokens[v - 1]?.lower ?? '') || tokens[v - 1]?.lower === "n't") return false;
  // The one asked: a short phrase, not a preposition's object ("pushed for a deal to be …").
  if (!tokens[k] || tokens[k].kind !== 'word' && tokens[k].kind !== 'acronym' || ['for', 'ahead', 'back', 'on', 'through', 'forward', 'out'].includes(tokens[k].lower)) return false;
  let j = k;
  let verb = -1;
  for (; j < tokens.length && j < k + 14; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    if (j > k && t.lower === 'to') {
      const at = tokens[j + 1]?.text === '“' || tokens[j + 1]?.text === '"' ? j + 2 : j + 1;
      if (verbAt(ctx.view, at)) verb = at;
      break;
    }
    if (j > k && t.lower === 'into' && /ing$/.test(tokens[j + 1]?.lower ?? '')) {
      verb = j + 1;
      break;
    }
  }
  if (verb < 0) return false;
  const subjects = verbSubjects(ctx, v);
  if (subjects.length === 0) return false;
  const end = objectEnd(ctx.view, verb + 1, false, true);
  // "pressed Honiara not to sign": what is wanted is that it does not.
  const from = tokens[verb - 1]?.lower === 'to' && tokens[verb - 2]?.lower === 'not' ? verb - 2 : verb;
  for (const s of subjects) ctx.push(s.actor, sliceTokens(tokens, from, end), s.from, s.from, end);
  return true;
}

/**
 * The purpose adjuncts of FrameNet's Purpose and Attempt frames, for the clause's subject: "Relatives staged
 * protests in an attempt to press the government", "in order to balance the influence", "in the hope of reaching
 * Malaysia", "in search of safety", "so as to". Abstains when another actor stands between the subject and the
 * adjunct ("The opposition accused Mugabe of holding back the results in order to buy time": whose purpose?).
 */
export function readPurpose(ctx: FrameContext, v: number): boolean {
  const tokens = ctx.view.tokens;
  let k = v + 1;
  if (tokens[v].lower === 'so') {
    if (tokens[k]?.lower !== 'as' || tokens[k + 1]?.lower !== 'to') return false;
    k += 2;
  } else {
    if (tokens[v].lower !== 'in') return false;
    if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an' || tokens[k]?.lower === 'the') k++;
    // "in a fresh bid to", "in a last-ditch attempt to"
    while (k < v + 5 && tokens[k]?.kind === 'word' && !PURPOSE_NOUNS.has(tokens[k].lower) && !tokens[k].capitalised) k++;
    if (tokens[k]?.text === '-') k += 2;
    const noun = tokens[k]?.lower ?? '';
    if (!PURPOSE_NOUNS.has(noun)) return false;
    // "in order to", "in an effort to" take "to"; "in the hope of reaching", "in search of safety" take "of".
    const link = tokens[k + 1]?.lower;
    if (noun === 'order' ? link !== 'to' : link !== 'to' && link !== 'of') return false;
    if (noun === 'search' ? link !== 'of' : false) return false;
    k += 2;
  }
  if (!tokens[k] || (tokens[k].kind !== 'word' && tokens[k].kind !== 'number')) return false;
  const subject = clauseSubject(ctx, v);
  if (!subject) return false;
  ctx.cue(sliceTokens(tokens, v, k).toLowerCase());
  const end = objectEnd(ctx.view, k + 1, false, true);
  ctx.push(subject.actor, sliceTokens(tokens, k, end), subject.from, subject.from, end);
  return true;
}

/**
 * A goal noun with no owner before it, whose owner is the subject of a verb that launches it or is named after
 * "by": "Washington makes a fresh push to deepen ties", "the effort by Joe Biden, Trump's predecessor, to broker a deal".
 */
export function readLaunchedGoal(ctx: FrameContext, v: number): boolean {
  const tokens = ctx.view.tokens;
  let to = v + 1;
  let owner: Subject | null = null;
  if (tokens[to]?.lower === 'by') {
    const who = actorAt(ctx.view, to + 1, ctx.resolve, ctx.registry);
    if (!who) return false;
    to = who.to;
    // An appositive: ", Trump's predecessor,"
    if (tokens[to]?.text === ',') {
      let c = to + 1;
      while (c < tokens.length && c < to + 8 && tokens[c].text !== ',') c++;
      if (tokens[c]?.text !== ',') return false;
      to = c + 1;
    }
    owner = { actor: who.actor, from: v };
  }
  if (tokens[to]?.lower !== 'to' || !verbAt(ctx.view, to + 1)) return false;
  if (!owner) {
    let d = v - 1;
    while (d > v - 4 && d >= 0 && tokens[d].kind === 'word' && !['a', 'an'].includes(tokens[d].lower) && !tokens[d].capitalised) d--;
    if (!['a', 'an'].includes(tokens[d]?.lower ?? '') || !LAUNCH.has(tokens[d - 1]?.lower ?? '')) return false;
    const subjects = subjectsBefore(ctx.view, d - 1, ctx.resolve, ctx.registry, ctx.speakerAt);
    if (subjects.length === 0) return false;
    const end = objectEnd(ctx.view, to + 2, false, true);
    for (const s of subjects) ctx.push(s.actor, sliceTokens(tokens, to + 1, end), s.from, s.from, end);
    return true;
  }
  const end = objectEnd(ctx.view, to + 2, false, true);
  ctx.push(owner.actor, sliceTokens(tokens, to + 1, end), v, v, end);
  return true;
}

/**
 * The subject of the clause holding token `at`: the actor its first words name ("Relatives staged protests …",
 * "The Sudanese government is accused of …"), when no other actor is named between it and `at`.
 */
export function clauseSubject(ctx: FrameContext, at: number, start?: number): Subject | null {
  const tokens = ctx.view.tokens;
  let s = start ?? at;
  if (start === undefined) while (s > 0 && ![';', ':', '“', '"', '—', '('].includes(tokens[s - 1].text)) s--;
  for (let i = s; i < Math.min(start === undefined ? at : tokens.length, s + 6); i++) {
    const t = tokens[i];
    if (t.kind === 'punct') break;
    // Only where a subject can end: a pronoun, a name starting the clause, a group noun or a state organ.
    const possible = PRONOUNS.has(t.lower) || ctx.view.mentions.some((m) => m.to === i + 1 && m.from <= s + 1) ||
      (i <= s + 2 && CLAIMANT_GROUPS.has(t.lower)) || STATE_ORGANS.has(t.lower);
    if (!possible) continue;
    const found = subjectsBefore(ctx.view, i + 1, ctx.resolve, ctx.registry, ctx.speakerAt)[0];
    if (!found || found.from > s + 1) continue;
    const between = start === undefined && ctx.view.mentions.some((m) => m.from > i && m.from < at && m.actorId !== found.actor);
    return between ? null : found;
  }
  return null;
}

/**
 * FrameNet's Exchange: what the clause's subject gets "in return for" or "in exchange for" what it gives: "Chinese
 * firms were to invest $3bn in return for a 68pc stake", "In return for a lower price, China offered a loan". The
 * giver after "from" ("took troops from Moscow in exchange for …") is read where the verb of getting is.
 */
export function readExchange(ctx: FrameContext, v: number): boolean {
  const tokens = ctx.view.tokens;
  if (tokens[v].lower !== 'in' || !['return', 'exchange'].includes(tokens[v + 1]?.lower ?? '') || tokens[v + 2]?.lower !== 'for') return false;
  const k = v + 3;
  if (!tokens[k] || (tokens[k].kind !== 'word' && tokens[k].kind !== 'number')) return false;
  const before = tokens[v - 1]?.text === ',' ? v - 2 : v - 1;
  const giver = ctx.view.mentions.find((m) => m.to === before + 1);
  if (giver && (tokens[giver.from - 1]?.lower === 'from' || tokens[giver.from - 2]?.lower === 'from')) return false;
  const end = objectEnd(ctx.view, k, false, true);
  if (end <= k) return false;
  // "In return for a lower price, China offered …": the subject follows the adjunct.
  const opening = v === 0 || [';', ':', '—'].includes(tokens[v - 1].text);
  const subject = opening ? (tokens[end]?.text === ',' ? clauseSubject(ctx, end + 1, end + 1) : null) : clauseSubject(ctx, v);
  if (!subject) return false;
  ctx.cue(sliceTokens(tokens, v, k).toLowerCase());
  ctx.push(subject.actor, sliceTokens(tokens, k, end), Math.min(subject.from, v), Math.min(subject.from, v), Math.max(end, subject.from + 1));
  return true;
}

const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** Particles after a verb of giving that make it another verb: "was handed over", "were given up". */
const PARTICLES = new Set(['up', 'over', 'away', 'back', 'out', 'off', 'down', 'that']);

/**
 * The passive of FrameNet's Giving and of permission: "Kenya was promised a loan", "the firms were granted
 * licences", "Ethiopia will also be allowed to build a corridor", "warships would be able to call in port": the
 * subject gets what follows. "be able to" counts only under a modal (what a deal will let one do, not what one did);
 * "was given to X", "was offered by X" and a negation abstain. Returns true when the frame read an interest.
 */
export function readPassiveGain(ctx: FrameContext, v: number): boolean {
  const tokens = ctx.view.tokens;
  const lower = tokens[v].lower;
  let b = v - 1;
  while (b >= 0 && MANNER.has(tokens[b].lower)) b--;
  if (!BE.has(tokens[b]?.lower ?? '')) return false;
  let m = b - 1;
  while (m >= 0 && MANNER.has(tokens[m].lower)) m--;
  if (NEGATIONS.has(tokens[m]?.lower ?? '') || tokens[m]?.lower === "n't" || NEGATIONS.has(tokens[b + 1]?.lower ?? '')) return false;
  if (lower === 'able' && !(tokens[b].lower === 'be' && MODALS.has(tokens[m]?.lower ?? ''))) return false;
  let k = v + 1;
  if (PASSIVE_ALLOW.has(lower)) {
    if (tokens[k]?.lower !== 'to' || !verbAt(ctx.view, k + 1)) return false;
    k++;
  } else {
    const next = tokens[k];
    if (!next || (next.kind !== 'word' && next.kind !== 'number' && next.text !== '$' && next.text !== '“' && next.text !== '"')) return false;
    if (next.lower === 'to' || next.lower === 'by' || PREPOSITIONS.has(next.lower) || PARTICLES.has(next.lower) || CLAUSE_WORDS.has(next.lower)) return false;
  }
  const subjects = verbSubjects(ctx, v);
  if (subjects.length === 0) return false;
  const end = PASSIVE_ALLOW.has(lower) ? objectEnd(ctx.view, k + 1, false, true) : objectEnd(ctx.view, k, true);
  if (end <= k) return false;
  for (const s of subjects) ctx.push(s.actor, sliceTokens(tokens, k, end), s.from, s.from, end);
  return true;
}

/**
 * "promises economic benefits for both itself and Sudan", "will generate very positive economic returns for China",
 * "a win for Brazil", "bring little benefit to Tanzania": the beneficiaries after "for" (or "to") get the gain noun's
 * phrase. Not "the main prize for the EU is …", which the gain nouns of interests.ts read. Returns true when it read one.
 */
export function readBenefitFor(ctx: FrameContext, v: number): boolean {
  const tokens = ctx.view.tokens;
  let k = v + 2;
  if (tokens[k]?.lower === 'both') k++;
  // "a loan for its railway": what the loan pays for, not who gets it.
  if ((tokens[k]?.lower === 'its' || tokens[k]?.lower === 'their') && PROVISIONS.has(tokens[v].lower)) return false;
  const who: Array<{ actor: string; to: number }> = [];
  for (let n = 0; n < 3; n++) {
    const reflexive = tokens[k]?.lower === 'itself' || tokens[k]?.lower === 'themselves';
    const id = reflexive ? ctx.resolve(tokens[k].start, 'collective') : null;
    const one = reflexive ? (id ? { actor: id, to: k + 1 } : null) : actorAt(ctx.view, k, ctx.resolve, ctx.registry, ctx.speakerAt);
    if (!one) break;
    who.push(one);
    k = one.to;
    if (tokens[k]?.lower !== 'and' && tokens[k]?.text !== ',') break;
    k++;
    if (tokens[k]?.lower === 'and') k++;
  }
  const last = who[who.length - 1];
  if (!last || LINKS.has(tokens[last.to]?.lower ?? '')) return false;
  let start = v;
  // "a new $20 billion bailout package for Argentina": the amount belongs to the phrase.
  const amount = (t: Token) => t.kind === 'number' || CURRENCY.has(t.text);
  // "the agreement envisages privileged access": a verb's "-s" ends the phrase.
  const verb = (t: Token) => /[^su]s$/.test(t.lower) && !/(ous|ss)$/.test(t.lower);
  while (start > v - 6 && start > 0 && (amount(tokens[start - 1]) || tokens[start - 1].kind === 'word' && !tokens[start - 1].capitalised && !AUX.has(tokens[start - 1].lower) &&
    !FINITE.has(tokens[start - 1].lower) && !PREPOSITIONS.has(tokens[start - 1].lower) && !CLAUSE_WORDS.has(tokens[start - 1].lower) && !CUES.has(tokens[start - 1].lower) && !verb(tokens[start - 1]))) start--;
  // "the agreement envisages privileged access for Turkey": the phrase starts after its determiner.
  for (let d = v - 1; d > start; d--) if (DETERMINERS.has(tokens[d].lower)) {
    start = d;
    break;
  }
  while (start < v && DETERMINERS.has(tokens[start].lower)) start++;
  ctx.cue(tokens[v].lower);
  for (const w of who) ctx.push(w.actor, sliceTokens(tokens, start, v + 1), start, start, last.to);
  return true;
}

/**
 * FrameNet's Purpose with a clause: "so that Kenyans can find work more easily", "so that it can depend less on
 * imports": the clause's subject wants what it is to be able to do. Returns true when it read one.
 */
export function readSoThat(ctx: FrameContext, v: number): boolean {
  const tokens = ctx.view.tokens;
  const k = v + 2;
  let who: Subject | null = null;
  let to = k;
  const t = tokens[k];
  if (t && (t.lower === 'it' || t.lower === 'they')) {
    const id = ctx.resolve(t.start, 'collective');
    if (id) who = { actor: id, from: k };
    to = k + 1;
  } else {
    const a = actorAt(ctx.view, k, ctx.resolve, ctx.registry, ctx.speakerAt);
    if (a) who = { actor: a.actor, from: k };
    to = a?.to ?? k;
  }
  if (!who || !MODALS.has(tokens[to]?.lower ?? '') || !verbAt(ctx.view, to + 1) || NEGATIONS.has(tokens[to + 1].lower)) return false;
  const end = objectEnd(ctx.view, to + 2, false, true);
  if (end <= to + 2) return false;
  ctx.cue('so that');
  ctx.push(who.actor, sliceTokens(tokens, to + 1, end), v, v, end);
  return true;
}

/**
 * The subjects of the verb at `v` ({@link subjectsBefore}), or for a verb coordinated by "and" with an earlier verb
 * of its clause, that clause's subject: "Turkey provides defence support and receives …", "The petitioners allege
 * …, and have asked the court to …", when no other actor stands between.
 */
export function verbSubjects(ctx: FrameContext, v: number): Subject[] {
  const found = subjectsBefore(ctx.view, v, ctx.resolve, ctx.registry, ctx.speakerAt);
  if (found.length > 0) return found;
  const tokens = ctx.view.tokens;
  let j = v - 1;
  const skip = () => {
    while (j >= 0 && tokens[j].kind === 'word' && (AUX.has(tokens[j].lower) || MANNER.has(tokens[j].lower))) j--;
  };
  skip();
  // "… and is expected to seek a second term"
  if (tokens[j]?.lower === 'to' && RAISING.has(tokens[j - 1]?.lower ?? '')) {
    j -= 2;
    skip();
  }
  if (tokens[j]?.lower !== 'and' || j < 3) return found;
  // "Officials and diplomats want …": "and" joining nouns, not verbs.
  if (tokens[j - 1].capitalised && tokens[j - 1].kind === 'word') return found;
  // "President Cristina Fernandez, who faces an election and is expected to seek …": the relative's antecedent.
  for (let k = j - 1; k >= Math.max(1, j - 14); k--) {
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',') break;
    if (ctx.view.mentions.some((m) => m.from > k && m.from < j)) break;
    if (tokens[k].text === ',' && RELATIVE_OPENERS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1].lower !== 'whose') {
      const m = ctx.view.mentions.find((x) => x.to === k);
      if (m) return [{ actor: m.actorId, from: m.from }];
      break;
    }
  }
  const shared = clauseSubject(ctx, v);
  return shared ? [shared] : found;
}
