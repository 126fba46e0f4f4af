import type { Interest } from '../model';
import type { Token } from '../parse/tokenize';
import { CLAIMANT_GROUPS, STATE_ORGANS } from '../data/lexicon';
import { sliceTokens, type ActorRegistry, type SentenceView } from './actorRegistry';
import { frameFor, type Frame, type PronounResolver } from './attribution';
import { triggerWords } from './triggers';

const words = (s: string) => new Set(s.split(/\s+/));
/** Verbs of getting or wanting: "Kim is getting oil and food", "X seeks sanctions relief". */
const ACQUIRE = words('welcome welcomes need needs needed needing prefer prefers preferred buy buys buying bought purchase purchases purchasing purchased get gets getting got receive receives receiving received gain gains gaining gained obtain obtains obtaining obtained secure secures securing secured win wins winning won want wants wanting wanted seek seeks seeking sought demand demands demanding demanded reap reaps reaping reaped extract extracts extracting extracted acquire acquires acquiring acquired');
/** Verbs of striving, followed by "to" and what the actor is after: "is trying to extract …". */
const STRIVE = words('trying try tries tried seeking aiming aims aim aimed hoping hopes hoped looking attempting attempts working plans planning planned intends intending intended wants wanted want needs needed determined bidding agreed agree agrees pledged vowed promised eager keen struggling scrambling scrambles');
/** Verbs followed by "for" and what the actor is after: "Ankara has been pushing for defence autonomy". */
const SEEK_FOR = words('compete competes competing competed vie vies vying look looks looking looked search searches searching searched hunt hunts hunting push pushes pushing pushed press presses pressing pressed call calls calling called lobby lobbies lobbying lobbied fight fights fighting fought bid bids bidding ask asks asking asked hope hopes hoping angling');
/** Verbs whose first object gets the second: "It hands Moscow an enormous new market", "lets him keep pursuing …". */
const GIVE = words('give gives gave giving hand hands handed handing offer offers offered offering grant grants granted granting bring brings brought bringing lend lends lent lending award awards awarded promise promises promised guarantee guarantees guaranteed let lets letting');
/** Verbs of gaining from something: "X benefits from …", "X is taking advantage of …". */
const BENEFIT = words('benefit benefits benefited benefiting benefitted benefitting profit profits profited profiting');
/** Verbs that raise what follows for the actor named in it: "would boost Lima's leverage over its neighbours". */
const BOOST = words('boost boosts boosted boosting strengthen strengthens strengthened strengthening increase increases increased enhance enhances enhanced expand expands expanded widen widens widened bolster bolsters bolstered');
/** What a boost raises for its owner. */
const ASSETS = words('leverage influence position standing power hand role economy security clout reach sway prestige ability capacity capabilities presence share revenue revenues income access');
/** Verbs that make an actor see something as a means: "Putin sees it as a way to challenge …". */
const SEE = words('sees see saw seeing views view viewed regards regard regarded considers consider considered');
const MEANS = words('way chance opportunity means tool lever route path');
/** Adverbs that may stand between a verb of striving and "to": "is working hard to retain ties". */
const RELATIVE_OPENERS = words('which who whose');
const REGION_WORDS = words('southern northern eastern western central rural coastal urban');
/** Nouns whose complement is "to" and a verb: "the chance to develop", "the right to explore". */
const INFINITIVE_NOUNS = words('chance chances right rights opportunity opportunities ability power licence license licences permission freedom means way approval go-ahead');
/** Adjectives and participles that raise a subject over "to": "is likely to receive". */
const RAISING = words('likely unlikely expected set due poised able going certain bound');
const MANNER = words('hard urgently desperately actively quietly openly increasingly eagerly badly also still long repeatedly publicly privately');
const HELP = words('help helps helping helped assist assists assisting assisted aid aids aiding aided support supports supporting supported reinforce reinforcing');
const SEND = words('send sends sending sent deploy deploys deploying deployed dispatch dispatches dispatching dispatched supply supplies supplying supplied provide provides providing provided offer offers offering offered give gives giving gave grant grants granting granted hand hands handing handed sell sells selling sold lend lends lending lent');
const USE = words('using uses used use');
const AUX = words('is are was were be been being has have had will would could can may might must shall do does did also now even already still supposedly reportedly allegedly apparently increasingly clearly just only further');
const NEGATIONS = words('not never no without refuse refuses refused refusing stop stopped halt halted');
/** Marks inside a noun phrase: hyphens, apostrophes, quotation marks, per cent and currency signs ("US$550 billion"). */
const PHRASE_MARKS = new Set(['-', '’', "'", '%', '“', '”', '"', '$', '£', '€', '¥', '₹']);
/** Finite verbs that end a noun phrase: "Ankara's request for F-16 fighters was approved". */
const FINITE = words('is are was were has have had will would could can may might must shall does did remains remained');
const CLAUSE_WORDS = words('that which who whom whose while because so but if when where although though whether unless until as than');
const PREPOSITIONS = words('out of in from at on by for with into about over under through');
const OBJECT_PRONOUNS = new Set(['him', 'her']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
/** Verbs of hoping for what another will do: "China hopes Washington will ease limits …". */
const HOPE = words('hope hopes hoped hoping expects expected wants wanted want');
/** Nouns of what an actor is after: "Rolling back tariffs remains China's top goal", "its demand that tariffs be lifted". */
/** Nouns of what an actor gains: "Mercosur's headline gain is a beef quota", "the main prize for the EU is …". */
const GAINS = words('gain gains prize prizes win wins benefit benefits reward rewards payoff boon');
const GOALS = words('goal goals aim aims priority objective objectives demand demands ambition ambitions request requests effort efforts drive quest interest interests plan plans');
const LINKS = words('is remains was are were has been');
/** The words an interest hangs on: a sentence with none of them has none. */
/** Verbs that let an actor do what it wants: "the deal would allow China to send police". */
const ALLOW = words('allow allows allowed allowing enable enables enabled enabling permit permits permitted');
const HAVE = words('has have had');
const CUES = new Set([...ALLOW, ...HAVE, ...ACQUIRE, ...STRIVE, ...HELP, ...SEND, ...USE, ...HOPE, ...GOALS, ...SEEK_FOR, ...GIVE, ...BENEFIT, ...BOOST, ...SEE, 'for', 'advantage', 'winner', 'winners']);
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
  const speakerAt = (k: number): string | null => frameFor(frames, k)?.speaker ?? null;
  const push = (actor: string, interest: string, at: number, from: number, to: number) => {
    const text = interest.trim();
    if (text.length === 0 || out.some((i) => i.actor === actor && i.interest === text) || isEmptyInterest(text)) return;
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

    if ((GOALS.has(lower) || ((lower === 'hopes' || lower === 'hope' || lower === 'bid' || lower === 'push') && (tokens[v + 1]?.lower === 'of' || tokens[v + 1]?.lower === 'for'))) && ownerBefore(view, v, resolve)) {
      goal(view, v, resolve, push);
      continue;
    }

    if (GAINS.has(lower) && !tokens[v - 1]?.capitalised) {
      // "Mercosur's headline gain is a beef quota", "The main prize for the EU is industrial market access",
      // "Cheaper access for Scotch is among Britain's biggest gains".
      let owner = ownerBefore(view, v, resolve);
      let k = v + 1;
      if (!owner && tokens[k]?.lower === 'for') {
        const who = actorAt(view, k + 1, resolve, registry);
        if (who) {
          owner = { actor: who.actor, from: v };
          k = who.to;
        }
      }
      if (owner && LINKS.has(tokens[k]?.lower ?? '')) {
        const end = objectEnd(view, k + 1);
        if (end > k + 1) {
          push(owner.actor, sliceTokens(tokens, k + 1, end), owner.from, Math.min(owner.from, v), end);
          continue;
        }
      }
      if (owner) {
        let link = owner.from - 1;
        if (tokens[link]?.lower === 'among' || tokens[link]?.lower === 'of') link--;
        if (tokens[link]?.lower === 'one') link--;
        if (LINKS.has(tokens[link]?.lower ?? '')) {
          let start = link - 1;
          while (start > 0 && !(tokens[start - 1].kind === 'punct' && !PHRASE_MARKS.has(tokens[start - 1].text))) start--;
          if (start >= 0 && link - start <= 12 && link > start) {
            push(owner.actor, sliceTokens(tokens, start, link), start, start, v + 1);
            continue;
          }
        }
      }
    }

    // "demanded that Orban resign", "are demanding that the government be held accountable": what is to be done.
    if ((lower.startsWith('demand') || lower === 'want' || lower === 'wants') && tokens[v + 1]?.lower === 'that') {
      const subjects = subjectsBefore(view, v, resolve, registry, speakerAt);
      const end = objectEnd(view, v + 2, false, false, true);
      if (end > v + 3) for (const s of subjects) push(s.actor, sliceTokens(tokens, v + 1, end), s.from, s.from, end);
      if (subjects.length > 0) continue;
    }

    // "For Moscow, the pact secures a partner …", "for South Korea it is a large commercial contract": what the
    // clause after an actor introduced by a clause-opening "For" says the actor gets.
    if (lower === 'for' && (v === 0 || [';', ':', '—', '–'].includes(tokens[v - 1].text))) {
      const who = actorAt(view, v + 1, resolve, registry);
      if (who) {
        let k = who.to;
        if (tokens[k]?.kind === 'possessive') k++;
        while (k < tokens.length && k < who.to + 4 && tokens[k].kind === 'word' && !tokens[k].capitalised && !LINKS.has(tokens[k].lower) && tokens[k].lower !== 'it') k++;
        if (tokens[k]?.text === ',') k++;
        const end = objectEnd(view, k, false, false, true);
        if (end - k >= 2) push(who.actor, sliceTokens(tokens, k, end), v, v, end);
      }
      continue;
    }

    if (HAVE.has(lower) && tokens[v + 1]?.lower === 'to' && tokens[v + 2]?.kind === 'word' && !AUX.has(tokens[v + 2].lower)) {
      // "it had to attract more readers": what an actor must do is what it needs.
      const subjects = subjectsBefore(view, v, resolve, registry, speakerAt);
      const end = objectEnd(view, v + 3, false, true);
      if (end > v + 3) for (const s of subjects) push(s.actor, sliceTokens(tokens, v + 2, end), s.from, s.from, end);
      if (subjects.length > 0) continue;
    }

    if (ALLOW.has(lower)) {
      // "the deal would allow China to send police and military personnel": what it lets the actor do.
      const who = actorAt(view, v + 1, resolve, registry);
      if (who && tokens[who.to]?.lower === 'to' && tokens[who.to + 1]?.kind === 'word') {
        const end = objectEnd(view, who.to + 2, false, true);
        if (end > who.to + 2) push(who.actor, sliceTokens(tokens, who.to + 1, end), v, v, end);
        continue;
      }
    }

    if (GIVE.has(lower)) {
      // "It hands Moscow an enormous new market", "offered Carrier up to $5 million", "lets him keep pursuing …".
      const recipient = actorAt(view, v + 1, resolve, registry);
      const next = recipient ? tokens[recipient.to] : undefined;
      if (recipient && next && (next.kind === 'word' || next.kind === 'number') && !PREPOSITIONS.has(next.lower) && next.lower !== 'to' && !CLAUSE_WORDS.has(next.lower) && !AUX.has(next.lower)) {
        const end = objectEnd(view, recipient.to, true, true);
        if (end > recipient.to) push(recipient.actor, sliceTokens(tokens, recipient.to, end), v, v, end);
        continue;
      }
    }

    if (SEEK_FOR.has(lower)) {
      // "Ankara has been pushing for defence autonomy", "forced Putin to look urgently for an alternative".
      let k = v + 1;
      while (MANNER.has(tokens[k]?.lower ?? '')) k++;
      if (tokens[k]?.lower === 'for' && tokens[k + 1] && (tokens[k + 1].kind === 'word' || tokens[k + 1].kind === 'number')) {
        const subjects = subjectsBefore(view, v, resolve, registry, speakerAt);
        const end = objectEnd(view, k + 1, false, true);
        if (end > k + 1) for (const s of subjects) push(s.actor, sliceTokens(tokens, k + 1, end), s.from, s.from, end);
        if (subjects.length > 0) continue;
      }
    }

    if (BENEFIT.has(lower) || (lower === 'advantage' && /^tak|^took/.test(tokens[v - 1]?.lower ?? '') && tokens[v + 1]?.lower === 'of')) {
      // "Exporters benefit from lower tariffs", "South Korea is taking advantage of that opportunity".
      const verbAt = lower === 'advantage' ? v - 1 : v;
      const subjects = subjectsBefore(view, verbAt, resolve, registry, speakerAt);
      const k = lower === 'advantage' ? v + 2 : tokens[v + 1]?.lower === 'from' ? v + 2 : -1;
      if (k > 0) {
        const end = objectEnd(view, k);
        if (end > k) for (const s of subjects) push(s.actor, `${lower === 'advantage' ? 'advantage of ' : ''}${sliceTokens(tokens, k, end)}`, s.from, s.from, end);
      }
      continue;
    }

    if (BOOST.has(lower)) {
      // "The deal would boost Lima's leverage over its neighbours": the owner of what is raised gains it.
      const owner = actorAt(view, v + 1, resolve);
      if (owner && tokens[owner.to]?.kind === 'possessive') {
        let k = owner.to + 1;
        while (k < owner.to + 4 && tokens[k]?.kind === 'word' && !ASSETS.has(tokens[k].lower) && !tokens[k].capitalised) k++;
        if (ASSETS.has(tokens[k]?.lower ?? '')) {
          const end = objectEnd(view, k, false, true);
          push(owner.actor, sliceTokens(tokens, k, end), v, v, end);
          continue;
        }
      }
    }

    if (lower === 'winner' || lower === 'winners') {
      // "The biggest winner is Brazil", "Exporters are among the big winners".
      let start = v;
      while (start > 0 && tokens[start - 1].kind === 'word' && !tokens[start - 1].capitalised && !LINKS.has(tokens[start - 1].lower) && start > v - 4) start--;
      const phrase = sliceTokens(tokens, start, v + 1);
      if (LINKS.has(tokens[v + 1]?.lower ?? '')) {
        const who = actorAt(view, v + 2, resolve);
        if (who) push(who.actor, phrase, start, start, who.to);
      } else {
        let k = start - 1;
        if (tokens[k]?.lower === 'among' || tokens[k]?.lower === 'one') k--;
        if (LINKS.has(tokens[k]?.lower ?? '')) for (const s of subjectsBefore(view, k + 1, resolve, registry, speakerAt)) push(s.actor, phrase, s.from, s.from, v + 1);
      }
      continue;
    }

    if (SEE.has(lower)) {
      // "Putin sees it as a way to challenge the United States": what the means is for.
      let k = v + 1;
      while (k < tokens.length && k < v + 7 && tokens[k].lower !== 'as' && tokens[k].kind !== 'punct') k++;
      if (tokens[k]?.lower === 'as' && ['a', 'an', 'the'].includes(tokens[k + 1]?.lower ?? '') && MEANS.has(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'to') {
        const end = objectEnd(view, k + 4);
        if (end > k + 4) for (const s of subjectsBefore(view, v, resolve, registry, speakerAt)) push(s.actor, sliceTokens(tokens, k + 4, end), s.from, s.from, end);
      }
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
      const subjects = subjectsBefore(view, v, resolve, registry, speakerAt);
      const subject = subjects[0];
      if (!subject) continue;
      // "is working hard to retain ties", "is trying not to anger Russia"
      let to = v + 1;
      while (MANNER.has(tokens[to]?.lower ?? '')) to++;
      const negated = tokens[to]?.lower === 'not' && tokens[to + 1]?.lower === 'to';
      if (negated) to++;
      if (tokens[to]?.lower === 'to' && (STRIVE.has(lower) || lower.startsWith('want') || lower.startsWith('need'))) {
        const verb = tokens[to + 1];
        if (!verb || verb.kind !== 'word') continue;
        const end = objectEnd(view, to + 2, false, true);
        if (end <= to + 2 && !ACQUIRE.has(verb.lower)) continue;
        if (ACQUIRE.has(verb.lower)) {
          const obj = objectEnd(view, to + 2, true);
          if (obj > to + 2) {
            for (const s of subjects) push(s.actor, sliceTokens(tokens, to + 2, obj), s.from, s.from, obj);
            exchange(view, obj, subject.from, push);
          }
        } else {
          for (const s of subjects) push(s.actor, sliceTokens(tokens, negated ? to - 1 : to + 1, end), s.from, s.from, end);
        }
        continue;
      }
      if (!ACQUIRE.has(lower)) continue;
      if (PREPOSITIONS.has(tokens[v + 1]?.lower ?? '')) continue;
      let end = objectEnd(view, v + 1, true);
      // "gets the chance to develop Qana", "receives full rights to explore the field": a noun that takes "to".
      if (tokens[end]?.lower === 'to' && INFINITIVE_NOUNS.has(tokens[end - 1]?.lower ?? '')) end = objectEnd(view, v + 1, true, true);
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
      const helped = actorAt(view, v + 1, resolve, registry);
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

    // "a policy of not sending aid to Ukraine": a negated sending gives nothing.
    if (SEND.has(lower) && !NEGATIONS.has(tokens[v - 1]?.lower ?? '')) {
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
  const found = ownerBefore(view, v, resolve);
  if (!found) return;
  const owner = found.actor;
  const ownerFrom = found.from;
  // "Ankara's request for F-16 fighters", "Sweden's hopes of joining the alliance", "a Turkish effort to depend
  // less on foreign suppliers", "its drive to hide the information".
  const next = tokens[v + 1]?.lower;
  if ((next === 'for' || next === 'of' || next === 'in' || (next === 'to' && tokens[v + 2]?.kind === 'word')) && tokens[v + 2]) {
    const end = objectEnd(view, v + 2, false, next === 'to');
    if (end > v + 2) push(owner, sliceTokens(tokens, next === 'to' ? v + 2 : v + 2, end), ownerFrom, ownerFrom, end);
    return;
  }
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

/**
 * The owner of a goal noun at `v`: "China's (top practical) goal", "its demand", "a Turkish effort".
 */
function ownerBefore(view: SentenceView, v: number, resolve: PronounResolver): Subject | null {
  const tokens = view.tokens;
  let k = v - 1;
  while (k >= 0 && tokens[k].kind === 'word' && !tokens[k].capitalised && !['its', 'their', 'his', 'her'].includes(tokens[k].lower) && k > v - 4) k--;
  if (tokens[k]?.kind === 'possessive') {
    const m = view.mentions.find((x) => x.to === k);
    return m ? { actor: m.actorId, from: m.from } : null;
  }
  const t = tokens[k];
  if (!t) return null;
  if (t.lower === 'its' || t.lower === 'their') {
    const id = resolve(t.start, 'collective');
    return id ? { actor: id, from: k } : null;
  }
  if (t.lower === 'his' || t.lower === 'her') {
    const id = resolve(t.start, 'person');
    return id ? { actor: id, from: k } : null;
  }
  const country = view.adjectives.get(k);
  return country ? { actor: country, from: k } : null;
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

/**
 * The end (exclusive) of the object phrase starting at `k`: up to a clause boundary, at most 14 tokens. A list
 * runs on over its commas ("cash, commodities and technology"); with `purpose`, so does one "to" of purpose or
 * a second "and to" ("agreed to take joint measures to strengthen their defence capabilities"); with `clause`, a
 * finite verb does not end it (the whole predicate of "For Moscow, the pact secures a partner").
 */
function objectEnd(view: SentenceView, k: number, stopAtFrom = false, purpose = false, clause = false): number {
  const tokens = view.tokens;
  let j = k;
  let purposes = purpose ? 2 : 0;
  const limit = purpose ? 20 : 14;
  while (j < tokens.length && j < k + limit) {
    const t: Token = tokens[j];
    if (t.text === ',' && j > k && isListComma(tokens, j)) {
      j++;
      continue;
    }
    if (t.kind === 'punct' && !PHRASE_MARKS.has(t.text)) break;
    // "an end to the war", "access to U.S. chips": "to" before a determiner or a name is a preposition; before a verb it starts a new clause.
    const after = tokens[j + 1];
    const preposition = after !== undefined && (DETERMINERS.has(after.lower) || after.capitalised || after.kind === 'acronym' || after.kind === 'number' || (PHRASE_MARKS.has(after.text) && after.text !== '-'));
    if (t.lower === 'to' && j > k && !preposition && purposes > 0 && after?.kind === 'word') {
      purposes--;
      j++;
      continue;
    }
    if (t.lower === 'and' && after?.lower === 'to' && purposes > 0) {
      purposes--;
      j += 2;
      continue;
    }
    // "advantage of that opportunity": "that" opening the phrase is a determiner.
    const determiner = j === k && (t.lower === 'that' || t.lower === 'which') && after?.kind === 'word' && !DETERMINERS.has(after.lower) && !AUX.has(after.lower);
    if (t.kind === 'word' && !determiner && (CLAUSE_WORDS.has(t.lower) || (FINITE.has(t.lower) && j > k && !clause) || t.lower === 'to' && j > k && !preposition)) break;
    if (t.lower === 'and' && AUX.has(tokens[j + 1]?.lower ?? '')) break;
    if (stopAtFrom && t.lower === 'from' && j > k) break;
    if (t.lower === 'in' && (tokens[j + 1]?.lower === 'exchange' || tokens[j + 1]?.lower === 'order')) break;
    j++;
  }
  return j;
}

const EMPTY_STARTS = new Set(['to', 'during', 'in', 'at', 'on', 'from', 'of', 'by', 'and', 'or', 'but', 'with', 'it', 'them', 'this', 'these', 'those', 'what']);
/** True for an "interest" that names nothing: "to their total", "during the talks", "it", "a US". */
function isEmptyInterest(text: string): boolean {
  const words = text.split(/\s+/);
  if (EMPTY_STARTS.has(words[0].toLowerCase())) return true;
  return words.length <= 2 && words.every((w) => DETERMINERS.has(w.toLowerCase()) || /^\p{Lu}{1,3}$/u.test(w) || OBJECT_PRONOUNS.has(w.toLowerCase()));
}

/** True for the comma at `j` inside a list of short noun phrases: "cash, commodities and technology". */
function isListComma(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k < j + 6; k++) {
    const t = tokens[k];
    // "boost government revenue, encourage fiscal consolidation, bring in new pricing …": another item follows.
    if (t.text === ',' && k > j + 1) return isListComma(tokens, k);
    if (t.kind !== 'word' || CLAUSE_WORDS.has(t.lower) || AUX.has(t.lower)) return false;
    if ((t.lower === 'and' || t.lower === 'or') && k === j + 1) return tokens[k + 1]?.kind === 'word' && !AUX.has(tokens[k + 1].lower) && tokens[k + 1].lower !== 'to' && !CLAUSE_WORDS.has(tokens[k + 1].lower);
    if ((t.lower === 'and' || t.lower === 'or') && k > j + 1) return tokens[k + 1]?.kind === 'word' && !AUX.has(tokens[k + 1].lower) && tokens[k + 1].lower !== 'to';
  }
  return false;
}

/**
 * The subjects of the verb at `v`: the one {@link subjectBefore} finds, and any joined to it by "and" ("Putin and
 * Kim agreed …"); "forced Putin to look for …": the one before "to"; "Todesca, who intends to …": the one before
 * the relative; "it" and "they": the collective named last.
 */
function subjectsBefore(view: SentenceView, v: number, resolve: PronounResolver, registry: ActorRegistry, speakerAt?: (k: number) => string | null): Subject[] {
  const tokens = view.tokens;
  let j = v - 1;
  while (j >= 0 && tokens[j].kind === 'word' && (AUX.has(tokens[j].lower) || MANNER.has(tokens[j].lower))) j--;
  // "Australia and the US, which pressed Honiara not to sign, want …": the subject stands before the relative clause.
  if (j >= 3 && tokens[j].text === ',') {
    for (let k = j - 1; k >= Math.max(1, j - 14); k--) {
      if (tokens[k].text !== ',') continue;
      // …or an appositive: "Kumar, the agency's chairman, also wants …"
      if (RELATIVE_OPENERS.has(tokens[k + 1]?.lower ?? '') || ['the', 'a', 'an'].includes(tokens[k + 1]?.lower ?? '')) {
        const before = subjectsBefore(view, k, resolve, registry, speakerAt);
        if (before.length > 0) return before;
      }
      break;
    }
  }
  // "“I want to end this dispute,” he said": the first person of a quotation is its speaker.
  if (j >= 0 && speakerAt && (tokens[j].text === 'I' || tokens[j].lower === 'we')) {
    const id = speakerAt(j);
    if (id) return [{ actor: id, from: j }];
  }
  if (j >= 1 && tokens[j].lower === 'to') {
    const m = view.mentions.find((x) => x.to === j);
    if (m) return [{ actor: m.actorId, from: m.from }];
  }
  if (j >= 2 && (tokens[j].lower === 'who' || tokens[j].lower === 'which') && tokens[j - 1].text === ',') {
    const m = view.mentions.find((x) => x.to === j - 1);
    if (m) return [{ actor: m.actorId, from: m.from }];
  }
  if (j >= 0 && (tokens[j].lower === 'it' || tokens[j].lower === 'they') && tokens[j].start > 0) {
    const id = resolve(tokens[j].start, 'collective');
    if (id) return [{ actor: id, from: j }];
  }
  const first = subjectBefore(view, v, resolve, registry);
  if (!first) return [];
  const out = [first];
  const and = tokens[first.from - 1]?.lower === 'the' ? first.from - 2 : first.from - 1;
  if (tokens[and]?.lower === 'and') {
    const other = view.mentions.find((x) => x.to === and);
    if (other && other.actorId !== first.actor) out.unshift({ actor: other.actorId, from: other.from });
  }
  return out;
}

/** The actor that is the subject of the verb at `v`: a mention, a pronoun, or "the North Korean regime". */
function subjectBefore(view: SentenceView, v: number, resolve: PronounResolver, registry: ActorRegistry): Subject | null {
  const tokens = view.tokens;
  let j = v - 1;
  for (;;) {
    while (j >= 0 && tokens[j].kind === 'word' && (AUX.has(tokens[j].lower) || MANNER.has(tokens[j].lower))) j--;
    // "Sri Lanka is likely to receive …", "Kenya is expected to get …"
    if (j >= 1 && tokens[j].lower === 'to' && RAISING.has(tokens[j - 1].lower)) j -= 2;
    else break;
  }
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
  // "Poorer countries have long called for …": a group of two words.
  const pair = j > 0 && t.kind === 'word' ? CLAIMANT_GROUPS.get(`${tokens[j - 1].lower} ${t.lower}`) : undefined;
  if (pair && /s$/.test(t.lower)) {
    const id = registry.ensure(pair, 'group');
    registry.addMention(view, id, j - 1, j + 1);
    return { actor: id, from: j - 1 };
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
function actorAt(view: SentenceView, k: number, resolve: PronounResolver, registry?: ActorRegistry): { actor: string; to: number } | null {
  const tokens = view.tokens;
  // "give southern China easier access": a region's adjective before the name does not hide it.
  const m = view.mentions.find((x) => x.from === k || (x.from === k + 1 && (tokens[k]?.lower === 'the' || REGION_WORDS.has(tokens[k]?.lower ?? ''))));
  if (m) return { actor: m.actorId, to: m.to };
  // "to help poor nations deal with …": a group of two words.
  const g = tokens[k]?.lower === 'the' ? k + 1 : k;
  const pair = registry && tokens[g + 1] ? CLAIMANT_GROUPS.get(`${tokens[g].lower} ${tokens[g + 1].lower}`) : undefined;
  if (registry && pair) {
    const id = registry.ensure(pair, 'group');
    registry.addMention(view, id, g, g + 2);
    return { actor: id, to: g + 2 };
  }
  const t = tokens[k];
  if (t && OBJECT_PRONOUNS.has(t.lower)) {
    const id = resolve(t.start, 'person');
    return id ? { actor: id, to: k + 1 } : null;
  }
  // "would give its navy long-range strike capabilities": the owner of what is named.
  if (t && (t.lower === 'its' || t.lower === 'their') && registry && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].capitalised) {
    const id = resolve(t.start, 'collective');
    let to = k + 2;
    if (tokens[to]?.kind === 'word' && !tokens[to].capitalised && /s$/.test(tokens[to].lower) && !AUX.has(tokens[to].lower)) to++;
    return id ? { actor: id, to } : null;
  }
  // "will give it sway over …", "hands them a win": the collective named last.
  if (t && (t.lower === 'it' || t.lower === 'them') && registry) {
    const id = resolve(t.start, 'collective');
    return id ? { actor: id, to: k + 1 } : null;
  }
  return null;
}
