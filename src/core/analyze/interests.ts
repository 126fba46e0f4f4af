import type { Interest } from '../model';
import type { Token } from '../parse/tokenize';
import { CLAIMANT_GROUPS, STATE_ORGANS } from '../data/lexicon';
import { sliceTokens, type ActorRegistry, type SentenceView } from './actorRegistry';
import { frameFor, type Frame, type PronounResolver } from './attribution';
import { triggerWords } from './triggers';

const words = (s: string) => new Set(s.split(/\s+/));
/** Verbs of getting or wanting: "Kim is getting oil and food", "X seeks sanctions relief". */
const ACQUIRE = words('welcome welcomes get gets getting got receive receives receiving received gain gains gaining gained obtain obtains obtaining obtained secure secures securing secured win wins winning won want wants wanting wanted seek seeks seeking sought demand demands demanding demanded reap reaps reaping reaped extract extracts extracting extracted acquire acquires acquiring acquired');
/** Verbs of striving, followed by "to" and what the actor is after: "is trying to extract …". */
const STRIVE = words('trying try tries tried seeking aiming aims aim aimed hoping hopes hoped looking attempting attempts working plans planning planned intends intending intended wants wanted want needs needed determined bidding');
const HELP = words('help helps helping helped assist assists assisting assisted aid aids aiding aided support supports supporting supported reinforce reinforcing');
const SEND = words('send sends sending sent deploy deploys deploying deployed dispatch dispatches dispatching dispatched supply supplies supplying supplied provide provides providing provided');
const USE = words('using uses used use');
const AUX = words('is are was were be been being has have had will would could can may might must shall do does did also now even already still supposedly reportedly allegedly apparently increasingly clearly just only further');
const CLAUSE_WORDS = words('that which who whom whose while because so but if when where although though whether unless until as than');
const PREPOSITIONS = words('out of in from at on by for with into about over under through');
const OBJECT_PRONOUNS = new Set(['him', 'her']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
/** Verbs of hoping for what another will do: "China hopes Washington will ease limits …". */
const HOPE = words('hope hopes hoped hoping expects expected wants wanted want');
/** Nouns of what an actor is after: "Rolling back tariffs remains China's top goal", "its demand that tariffs be lifted". */
const GOALS = words('goal goals aim aims priority objective objectives demand demands ambition ambitions');
const LINKS = words('is remains was are were has been');
/** The words an interest hangs on: a sentence with none of them has none. */
const CUES = new Set([...ACQUIRE, ...STRIVE, ...HELP, ...SEND, ...USE, ...HOPE, ...GOALS]);
const INTEREST_TRIGGERS = triggerWords(CUES);

interface Subject {
  readonly actor: string;
  readonly from: number;
}

/** Finds what sources say actors want or get, each with its evidence and who claims it. */
export function findInterests(view: SentenceView, frames: readonly Frame[], resolve: PronounResolver, registry: ActorRegistry): Interest[] {
  const out: Interest[] = [];
  if ((view.triggers & INTEREST_TRIGGERS) === 0) return out;
  const tokens = view.tokens;
  const push = (actor: string, interest: string, at: number, from: number, to: number) => {
    const text = interest.trim();
    if (text.length === 0 || out.some((i) => i.actor === actor && i.interest === text)) return;
    const frame = frameFor(frames, at);
    let cue: string | null = null;
    for (let k = from; k < to && cue === null; k++) if (CUES.has(tokens[k].lower)) cue = tokens[k].lower;
    out.push({
      actor,
      interest: text,
      claimedBy: frame ? frame.speaker : null,
      attribution: frame ? frame.excerpt : null,
      claimBasis: frame ? frame.basis : null,
      cue,
      evidence: { text: registry.slice(tokens[from].start, tokens[to - 1].end), start: tokens[from].start, end: tokens[to - 1].end },
    });
  };

  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v];
    if (t.kind !== 'word') continue;
    const lower = t.lower;

    if (GOALS.has(lower)) {
      goal(view, v, resolve, push);
      continue;
    }

    if (HOPE.has(lower) && !(tokens[v + 1]?.lower === 'to')) {
      // "China hopes (that) Washington will ease limits on access to U.S. semiconductors".
      let k = v + 1;
      if (tokens[k]?.lower === 'that') k++;
      const other = actorAt(view, k, resolve);
      const modal = other ? tokens[other.to]?.lower : undefined;
      if (other && (modal === 'will' || modal === 'would' || modal === 'can' || modal === 'could') && tokens[other.to + 1]?.kind === 'word') {
        const subject = subjectBefore(view, v, resolve, registry);
        const end = objectEnd(view, other.to + 2);
        if (subject && end > other.to + 2) {
          push(subject.actor, sliceTokens(tokens, k, end), subject.from, subject.from, end);
          continue;
        }
      }
      if (!ACQUIRE.has(lower) && !STRIVE.has(lower)) continue;
    }

    if (ACQUIRE.has(lower) || STRIVE.has(lower)) {
      const subject = subjectBefore(view, v, resolve, registry);
      if (!subject) continue;
      if (tokens[v + 1]?.lower === 'to' && (STRIVE.has(lower) || lower.startsWith('want'))) {
        const verb = tokens[v + 2];
        if (!verb || verb.kind !== 'word') continue;
        const end = objectEnd(view, v + 3);
        if (end <= v + 3 && !ACQUIRE.has(verb.lower)) continue;
        if (ACQUIRE.has(verb.lower)) {
          const obj = objectEnd(view, v + 3, true);
          if (obj > v + 3) {
            push(subject.actor, sliceTokens(tokens, v + 3, obj), subject.from, subject.from, obj);
            exchange(view, obj, subject.from, push);
          }
        } else {
          push(subject.actor, sliceTokens(tokens, v + 2, end), subject.from, subject.from, end);
        }
        continue;
      }
      if (!ACQUIRE.has(lower)) continue;
      if (PREPOSITIONS.has(tokens[v + 1]?.lower ?? '')) continue;
      let end = objectEnd(view, v + 1, true);
      // "want the government to withdraw the bill": what they want done.
      if (lower.startsWith('want') && tokens[end]?.lower === 'to' && tokens[end + 1]?.kind === 'word') end = objectEnd(view, end + 2);
      if (end > v + 1) {
        push(subject.actor, sliceTokens(tokens, v + 1, end), subject.from, subject.from, end);
        exchange(view, end, subject.from, push);
      }
      continue;
    }

    if (USE.has(lower)) {
      // "Kim is using the latest troop deployment as leverage"
      const subject = subjectBefore(view, v, resolve, registry);
      if (!subject) continue;
      let k = v + 1;
      while (k < tokens.length && k < v + 10 && tokens[k].lower !== 'as' && tokens[k].kind !== 'punct') k++;
      if (tokens[k]?.lower === 'as' && tokens[k + 1]?.lower === 'leverage' && k > v + 1) {
        push(subject.actor, `${sliceTokens(tokens, v + 1, k)} as leverage`, subject.from, subject.from, k + 2);
      }
      continue;
    }

    if (HELP.has(lower)) {
      // "Moscow is helping Pyongyang build submarines": the helped actor's interest.
      const helped = actorAt(view, v + 1, resolve);
      if (!helped) continue;
      let k = helped.to;
      if (tokens[k]?.lower === 'to') k++;
      const verb = tokens[k];
      if (!verb || verb.kind !== 'word' || verb.capitalised || PREPOSITIONS.has(verb.lower) || CLAUSE_WORDS.has(verb.lower) || AUX.has(verb.lower)) continue;
      const end = objectEnd(view, k + 1);
      if (end <= k + 1) continue;
      push(helped.actor, `help ${sliceTokens(tokens, k, end)}`, v, Math.max(0, v), end);
      continue;
    }

    if (SEND.has(lower)) {
      // "send 25-30,000 more soldiers to assist Russia on the battlefield": what the receiving actor gets.
      let k = v + 1;
      while (k < tokens.length && k < v + 10 && tokens[k].lower !== 'to' && !(tokens[k].kind === 'punct' && tokens[k].text !== '-' && tokens[k].text !== ',')) k++;
      if (tokens[k]?.lower !== 'to' || k === v + 1) continue;
      const object = sliceTokens(tokens, v + 1, k);
      let r = k + 1;
      if (HELP.has(tokens[r]?.lower ?? '')) r++;
      else if (tokens[r]?.lower === 'fight' && tokens[r + 1]?.lower === 'alongside') r += 2;
      const receiver = actorAt(view, r, resolve);
      if (!receiver) continue;
      const tailEnd = objectEnd(view, receiver.to);
      const tail = tailEnd > receiver.to && tokens[receiver.to].lower === 'on' ? ` ${sliceTokens(tokens, receiver.to, tailEnd)}` : '';
      push(receiver.actor, `${object}${tail}`, v, v, Math.max(tailEnd, receiver.to));
    }
  }
  return out;
}

/**
 * "Rolling back U.S. tariffs remains China's top practical goal", "Beijing's aim is to …", "its demand that
 * all U.S. tariffs be lifted": the goal noun after an actor's possessive (or "its"/"their"), with what the
 * goal is before a linking verb, after "is to", or in a "that" clause.
 */
function goal(view: SentenceView, v: number, resolve: PronounResolver,
  push: (actor: string, interest: string, at: number, from: number, to: number) => void): void {
  const tokens = view.tokens;
  // The owner: "China's (top practical) goal", "its demand".
  let k = v - 1;
  while (k >= 0 && tokens[k].kind === 'word' && !tokens[k].capitalised && !['its', 'their', 'his', 'her'].includes(tokens[k].lower) && k > v - 4) k--;
  let owner: string | null = null;
  let ownerFrom = k;
  if (tokens[k]?.kind === 'possessive') {
    const m = view.mentions.find((x) => x.to === k);
    if (m) {
      owner = m.actorId;
      ownerFrom = m.from;
    }
  } else if (tokens[k] && ['its', 'their'].includes(tokens[k].lower)) owner = resolve(tokens[k].start, 'collective');
  else if (tokens[k] && ['his', 'her'].includes(tokens[k].lower)) owner = resolve(tokens[k].start, 'person');
  if (!owner) return;
  // "… demand that all U.S. tariffs be lifted", "… aim is to secure …"
  if (tokens[v + 1]?.lower === 'that') {
    let end = objectEnd(view, v + 2);
    // "its demand that all tariffs be lifted remains unchanged": the clause ends at the main verb.
    for (let j = v + 4; j < end; j++) {
      if (LINKS.has(tokens[j].lower)) {
        end = j;
        break;
      }
    }
    if (end > v + 2) push(owner, sliceTokens(tokens, v + 2, end), ownerFrom, ownerFrom, end);
    return;
  }
  if (LINKS.has(tokens[v + 1]?.lower ?? '') && tokens[v + 2]?.lower === 'to' && tokens[v + 3]?.kind === 'word') {
    const end = objectEnd(view, v + 4);
    if (end > v + 3) push(owner, sliceTokens(tokens, v + 3, end), ownerFrom, ownerFrom, end);
    return;
  }
  // "Rolling back U.S. tariffs remains China's top goal": what stands before the linking verb, from the clause's start.
  const link = ownerFrom - 1;
  if (!LINKS.has(tokens[link]?.lower ?? '')) return;
  let start = link - 1;
  while (start > 0 && !(tokens[start - 1].kind === 'punct' && tokens[start - 1].text !== '-')) start--;
  if (start < 0 || link - start > 12) return;
  push(owner, sliceTokens(tokens, start, link), start, start, v + 1);
}

/** "… from Moscow in exchange for his troops": Moscow's interest is "his troops". */
function exchange(view: SentenceView, at: number, evidenceFrom: number,
  push: (actor: string, interest: string, at: number, from: number, to: number) => void): void {
  const tokens = view.tokens;
  let k = at;
  if (tokens[k]?.lower !== 'from') return;
  const other = view.mentions.find((m) => m.from === k + 1 || (m.from === k + 2 && tokens[k + 1].lower === 'the'));
  if (!other) return;
  k = other.to;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower !== 'in' || tokens[k + 1]?.lower !== 'exchange' || tokens[k + 2]?.lower !== 'for') return;
  const end = objectEnd(view, k + 3);
  if (end > k + 3) push(other.actorId, sliceTokens(tokens, k + 3, end), evidenceFrom, evidenceFrom, end);
}

/** The end (exclusive) of the object phrase starting at `k`: up to a clause boundary, at most 14 tokens. */
function objectEnd(view: SentenceView, k: number, stopAtFrom = false): number {
  const tokens = view.tokens;
  let j = k;
  while (j < tokens.length && j < k + 14) {
    const t: Token = tokens[j];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'" && t.text !== '%' && t.text !== '“' && t.text !== '”' && t.text !== '"') break;
    // "an end to the war", "access to U.S. chips": "to" before a determiner or a name is a preposition; before a verb it starts a new clause.
    const after = tokens[j + 1];
    const preposition = after !== undefined && (DETERMINERS.has(after.lower) || after.capitalised || after.kind === 'acronym' || after.kind === 'number');
    if (t.kind === 'word' && (CLAUSE_WORDS.has(t.lower) || t.lower === 'to' && j > k && !preposition)) break;
    if (t.lower === 'and' && AUX.has(tokens[j + 1]?.lower ?? '')) break;
    if (stopAtFrom && t.lower === 'from' && j > k) break;
    if (t.lower === 'in' && (tokens[j + 1]?.lower === 'exchange' || tokens[j + 1]?.lower === 'order')) break;
    j++;
  }
  return j;
}

/** The actor that is the subject of the verb at `v`: a mention, a pronoun, or "the North Korean regime". */
function subjectBefore(view: SentenceView, v: number, resolve: PronounResolver, registry: ActorRegistry): Subject | null {
  const tokens = view.tokens;
  let j = v - 1;
  while (j >= 0 && tokens[j].kind === 'word' && AUX.has(tokens[j].lower)) j--;
  if (j < 0) return null;
  const m = view.mentions.find((x) => x.to - 1 === j);
  // "photos of Kim receiving caskets": a participle after a preposition's object describes, it does not assert.
  if (m && j === v - 1 && PREPOSITIONS.has(tokens[m.from - 1]?.lower ?? '') && tokens[v].lower.endsWith('ing')) return null;
  if (m) return { actor: m.actorId, from: m.from };
  const t = tokens[j];
  if (t.kind === 'word' && (t.lower === 'he' || t.lower === 'she')) {
    const id = resolve(t.start, 'person');
    return id ? { actor: id, from: j } : null;
  }
  // "Unions want …", "Scientists want …": an unnamed group.
  const group = t.kind === 'word' ? CLAIMANT_GROUPS.get(t.lower) : undefined;
  if (group && /s$/.test(t.lower) && !view.adjectives.has(j - 1)) {
    const id = registry.ensure(group, 'group');
    registry.addMention(view, id, j, j + 1);
    return { actor: id, from: j };
  }
  if (t.kind === 'word' && STATE_ORGANS.has(t.lower)) {
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
      const country = view.adjectives.get(k);
      if (country) return { actor: country, from: tokens[k - 1]?.lower === 'the' ? k - 1 : k };
    }
  }
  return null;
}

/** An actor named (or referred to by "him"/"her") from token `k`. */
function actorAt(view: SentenceView, k: number, resolve: PronounResolver): { actor: string; to: number } | null {
  const tokens = view.tokens;
  const m = view.mentions.find((x) => x.from === k || (x.from === k + 1 && tokens[k]?.lower === 'the'));
  if (m) return { actor: m.actorId, to: m.to };
  const t = tokens[k];
  if (t && OBJECT_PRONOUNS.has(t.lower)) {
    const id = resolve(t.start, 'person');
    return id ? { actor: id, to: k + 1 } : null;
  }
  return null;
}
