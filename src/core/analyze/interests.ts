import type { Interest } from '../model';
import type { Token } from '../parse/tokenize';
import { REPORTING_VERBS } from '../data/lexicon';
import { ACQUIRE, ALLOW, ASSETS, AUX, CONNECT, PLACED, BENEFIT, BENEFIT_DEGREE, BOOST, CALL_ON, CLAUSE_WORDS, COMMIT, CONTENT_NOUNS, UNDERTAKINGS, BENEFIT_NOUNS, BENEFIT_TO, CUES, DETERMINERS, FOR_ASIDES, FOR_GAINS, GAINS, GIVE, GOALS, HAVE, HELD, HELP, HOPE, INFINITIVE_NOUNS, LINKS, LOCK, MANNER, MEANS, MODALS, NEGATIONS, PASSIVE_ALLOW, PASSIVE_GIVE, PHRASE_MARKS, PREPOSITIONS, PROTECTIONS, PROVIDE, PURPOSE_NOUNS, REQUEST, RESULT_WORDS, SEE, SEEK_FOR, SEND, PURPOSED, STRIFE, STRIVE, TOPIC_GETS, WANTED, TOPIC_STATIVE, TOPIC_WANTS, USE } from '../data/interestCues';
import type { Affiliation } from './affiliation';
import { sliceTokens, type ActorRegistry, type SentenceView } from './actorRegistry';
import { frameFor, type Frame, type PronounResolver } from './attribution';
import { clauseSubject, verbSubjects, readBenefitFor, readExchange, readLaunchedGoal, readPassiveGain, readPurpose, readRequest, readSoThat, type FrameContext } from './interestFrames';
import { actorAt, isEmptyInterest, objectEnd, ownerBefore, subjectBefore, subjectsBefore } from './interestGrammar';
import { triggerWords } from './triggers';

const INTEREST_TRIGGERS = triggerWords(CUES);
const FIRST_PLURAL = new Set(['we', 'us', 'our']);
const PLAN_NOUNS = new Set(['plan', 'plans', 'strategy', 'strategies']);
const RECIPIENT_PEOPLE = new Set(['staff', 'officials', 'workers', 'citizens', 'companies', 'firms', 'exporters', 'farmers', 'producers', 'forces', 'troops']);
const GOVERNMENT = new Set(['government', 'administration', 'cabinet']);
const LOSSES = new Set(['lose', 'suffer', 'forfeit', 'miss']);
const SHOW = new Set(['show', 'demonstrate', 'prove', 'ensure', 'convince', 'signal']);
const MESSAGES = new Set(['reports', 'report', 'letters', 'letter', 'complaints', 'calls', 'messages', 'applications', 'submissions', 'petitions', 'bodies', 'information', 'responses', 'queries', 'emails', 'threats']);
const TAKE = new Set(['take', 'takes', 'took', 'taking', 'taken']);


const CLAUSE_OPENING = new Set([';', ':', '—', '–']);
/** True when token `k` opens the sentence or a clause after a semicolon, colon or dash. */
const opensClause = (tokens: readonly Token[], k: number): boolean => k === 0 || CLAUSE_OPENING.has(tokens[k - 1].text);

/** True for a verb opening a purpose after "to": not "to the", "to Kyiv", "to be". */
function verbAfterTo(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' && !t.capitalised && !DETERMINERS.has(t.lower) && !AUX.has(t.lower) && !CLAUSE_WORDS.has(t.lower) && !PREPOSITIONS.has(t.lower);
}

/** Finds what sources say actors want or get, each with its evidence and who claims it. */
export function findInterests(view: SentenceView, frames: readonly Frame[], resolve: PronounResolver, registry: ActorRegistry, affiliation?: Affiliation, topic?: Topic): Interest[] {
  const out: Interest[] = [];
  if ((view.triggers & INTEREST_TRIGGERS) === 0 && !topic) return out;
  const tokens = view.tokens;
  // The one a quotation's first person stands for: "I" is its speaker; "we", "us" and "our" the body the speaker
  // speaks for when the text names one ("NASA Administrator Charles Bolden": NASA), else the speaker.
  const speakerAt = (k: number): string | null => {
    const speaker = frameFor(frames, k)?.speaker ?? null;
    return speaker && affiliation && FIRST_PLURAL.has(tokens[k]?.lower ?? '') ? affiliation(speaker) ?? speaker : speaker;
  };
  const push = (actor: string, interest: string, at: number, from: number, to: number) => {
    const text = interest.trim();
    if (text.length === 0 || out.some((i) => i.actor === actor && i.interest === text) || isEmptyInterest(text)) return;
    const frame = frameFor(frames, at);
    const cue = cueWord;
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

  const ctx: FrameContext = { view, resolve, registry, speakerAt, push, cue: (w) => { cueWord = w; } };
  // The word (or words) of the frame being read, which is what the interest's basis shows.
  let cueWord: string | null = null;
  // The one actor a section's heading names, for the frames that read what no one in the sentence owns.
  const one = topic && topic.actors.length === 1 ? topic.actors[0] : undefined;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v];
    if (t.kind !== 'word') continue;
    const lower = t.lower;
    cueWord = lower;

    // "their right to exploit the Nile waters", "his government's right to run an independent foreign policy".
    const right = (lower === 'right' || lower === 'rights') && tokens[v + 1]?.lower === 'to' && tokens[v + 2]?.kind === 'word' && !DETERMINERS.has(tokens[v + 2].lower) && !tokens[v + 2].capitalised;
    if ((GOALS.has(lower) || right || ((lower === 'hopes' || lower === 'hope' || lower === 'bid' || lower === 'push') && (tokens[v + 1]?.lower === 'of' || tokens[v + 1]?.lower === 'for'))) && ownerBefore(view, v, resolve, speakerAt, registry)) {
      goal(view, v, resolve, push, speakerAt, registry);
      continue;
    }

    // Under "What the IMF wants": "The aim is to lessen …", "The target is a primary surplus": an aim no one owns is the topic's.
    if (one && (GOALS.has(lower) || lower === 'target' || lower === 'purpose') && tokens[v - 1]?.lower === 'the' && opensClause(tokens, v - 1) && LINKS.has(tokens[v + 1]?.lower ?? '')) {
      const k = tokens[v + 2]?.lower === 'to' ? v + 3 : v + 2;
      const end = objectEnd(view, k, false, k === v + 3);
      if (end > k + 1) {
        push(one, sliceTokens(tokens, k, end), v, v - 1, end);
        continue;
      }
    }
    // "The long-term contract is meant to unlock money": what a thing is for, under a section of one actor.
    if (one && PURPOSED.has(lower) && LINKS.has(tokens[v - 1]?.lower ?? '') && tokens[v + 1]?.lower === 'to' && verbAfterTo(tokens, v + 2)) {
      const end = objectEnd(view, v + 2, false, true);
      if (end > v + 3 && !subjectBefore(view, v - 1, resolve, registry)) {
        push(one, sliceTokens(tokens, v + 2, end), v, v - 1, end);
        continue;
      }
    }
    if (lower === 'so' && tokens[v + 1]?.lower === 'that' && readSoThat(ctx, v)) continue;
    if ((lower === 'in' || lower === 'so') && (readPurpose(ctx, v) || readExchange(ctx, v))) continue;
    if ((GOALS.has(lower) || PURPOSE_NOUNS.has(lower)) && readLaunchedGoal(ctx, v)) continue;

    if (BENEFIT_NOUNS.has(lower) && (tokens[v + 1]?.lower === 'for' || (tokens[v + 1]?.lower === 'to' && BENEFIT_TO.has(lower))) && readBenefitFor(ctx, v)) continue;

    if (GAINS.has(lower) && !tokens[v - 1]?.capitalised) {
      // "Mercosur's headline gain is a beef quota", "The main prize for the EU is industrial market access",
      // "Cheaper access for Scotch is among Britain's biggest gains".
      let owner = ownerBefore(view, v, resolve, speakerAt, registry);
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
      const subjects = verbSubjects(ctx, v);
      const end = objectEnd(view, v + 2, false, false, true);
      if (end > v + 3) for (const s of subjects) push(s.actor, sliceTokens(tokens, v + 1, end), s.from, s.from, end);
      if (subjects.length > 0) continue;
    }

    // "For Moscow, the pact secures a partner …", "for South Korea it is a large commercial contract": what the
    // clause after an actor introduced by a clause-opening "For" says the actor gets.
    // "…; and for Washington, it is a link it would prefer to see cut".
    if (lower === 'for' && (opensClause(tokens, v) || (tokens[v - 1].lower === 'and' && v >= 2 && opensClause(tokens, v - 1)))) {
      let who = actorAt(view, v + 1, resolve, registry, speakerAt);
      // "For Beijing and Moscow, …": both.
      const also = who && tokens[who.to]?.lower === 'and' ? actorAt(view, who.to + 1, resolve, registry, speakerAt) : null;
      // "For Kenyatta's government, …": the state its leader's government stands for, when the text says which.
      if (who && tokens[who.to]?.kind === 'possessive' && GOVERNMENT.has(tokens[who.to + 1]?.lower ?? '') && registry.get(who.actor)?.kind === 'person') {
        const state = affiliation?.(who.actor);
        if (state) who = { actor: state, to: who.to };
      }
      if (also) who = who && { actor: who.actor, to: also.to };
      // "For its part, …" is an aside, not a beneficiary.
      if (who && tokens[who.to]?.lower !== 'part') {
        let k = who.to;
        if (tokens[k]?.kind === 'possessive') k++;
        while (k < tokens.length && k < who.to + 4 && tokens[k].kind === 'word' && !tokens[k].capitalised && !LINKS.has(tokens[k].lower) && tokens[k].lower !== 'it') k++;
        if (tokens[k]?.text === ',') k++;
        // "For NASA, then, the gain is …", "For Jakarta, meanwhile, membership marks …": an aside before the clause.
        if (FOR_ASIDES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.text === ',') k += 2;
        // "For Beijing, it secures a foothold": "it" is the deal, and what follows is the gain.
        if ((tokens[k]?.lower === 'it' || tokens[k]?.lower === 'this') && tokens[k + 1]?.kind === 'word' && !AUX.has(tokens[k + 1].lower)) k++;
        // "for South Korea it is a large commercial contract": what the deal is for the actor.
        const copula = (tokens[k]?.lower === 'it' || tokens[k]?.lower === 'this') && LINKS.has(tokens[k + 1]?.lower ?? '') && ['a', 'an'].includes(tokens[k + 2]?.lower ?? '');
        if (copula) k += 2;
        const end = objectEnd(view, k, false, false, true, true);
        // "For Laos, he said, …": a reporting clause says nothing of what Laos gets.
        const reported = tokens.slice(k, Math.min(end, k + 3)).some((w) => w.kind === 'word' && REPORTING_VERBS.has(w.lower));
        // "For China, the arithmetic works on two levels": the clause must name a gain, a means or a want.
        const gain = copula || tokens.slice(k, end).some((w) => w.kind === 'word' && w.lower !== 'for' && (FOR_GAINS.has(w.lower) || CUES.has(w.lower) || GAINS.has(w.lower) || ASSETS.has(w.lower) || MEANS.has(w.lower)));
        if (end - k >= 2 && !reported && gain) {
          push(who.actor, sliceTokens(tokens, k, end), v, v, end);
          if (also && also.actor !== who.actor) push(also.actor, sliceTokens(tokens, k, end), v, v, end);
        }
      }
      continue;
    }

    // "the US will have unrestricted access to the waters", "it has locked in a 15-year sale": what it holds.
    if ((HAVE.has(lower) || (LOCK.has(lower) && tokens[v + 1]?.lower === 'in')) && tokens[v + 1]?.lower !== 'to' && !NEGATIONS.has(tokens[v - 1]?.lower ?? '')) {
      let k = LOCK.has(lower) ? v + 2 : v + 1;
      const object = k;
      while (k < object + 3 && tokens[k]?.kind === 'word' && !HELD.has(tokens[k].lower) && !tokens[k].capitalised && !AUX.has(tokens[k].lower)) k++;
      // "has taken full control", "has limited access": a perfect tense or a restriction, not a holding.
      const perfect = !LOCK.has(lower) && !MODALS.has(tokens[v - 1]?.lower ?? '') && /(ed|en)$/.test(tokens[object]?.lower ?? '');
      const strife = tokens.slice(object, object + 4).some((w) => STRIFE.has(w.lower));
      if (!perfect && !strife && (LOCK.has(lower) || HELD.has(tokens[k]?.lower ?? ''))) {
        const subjects = verbSubjects(ctx, v);
        const end = objectEnd(view, object, false, LOCK.has(lower) ? false : true);
        if (end > object) for (const s of subjects) push(s.actor, sliceTokens(tokens, object, end), s.from, s.from, end);
        if (subjects.length > 0) continue;
      }
    }

    // "would have to answer before a court": an obligation to come is imposed, not wanted.
    if (HAVE.has(lower) && tokens[v + 1]?.lower === 'to' && tokens[v + 2]?.kind === 'word' && !AUX.has(tokens[v + 2].lower) && !MODALS.has(tokens[v - 1]?.lower ?? '')) {
      // "it had to attract more readers": what an actor must do is what it needs.
      const subjects = verbSubjects(ctx, v);
      const end = objectEnd(view, v + 3, false, true);
      if (end > v + 3) for (const s of subjects) push(s.actor, sliceTokens(tokens, v + 2, end), s.from, s.from, end);
      if (subjects.length > 0) continue;
    }

    if ((PASSIVE_GIVE.has(lower) || PASSIVE_ALLOW.has(lower)) && readPassiveGain(ctx, v)) continue;

    if (ALLOW.has(lower)) {
      // "the deal would allow China to send police and military personnel": what it lets the actor do.
      const who = actorAt(view, v + 1, resolve, registry, speakerAt);
      if (who && tokens[who.to]?.lower === 'to' && tokens[who.to + 1]?.kind === 'word') {
        const end = objectEnd(view, who.to + 2, false, true);
        if (end > who.to + 2) push(who.actor, sliceTokens(tokens, who.to + 1, end), v, v, end);
        continue;
      }
    }

    if (GIVE.has(lower)) {
      // "It hands Moscow an enormous new market", "offered Carrier up to $5 million", "lets him keep pursuing …".
      let recipient = actorAt(view, v + 1, resolve, registry, speakerAt);
      const recipients = recipient ? [recipient.actor] : [];
      // "gives EU and European Space Agency (ESA) staff constant access": joint recipients, an acronym, their people.
      if (recipient && tokens[recipient.to]?.lower === 'and') {
        const other = actorAt(view, recipient.to + 1, resolve, registry, speakerAt);
        if (other && other.actor !== recipient.actor) {
          recipients.push(other.actor);
          recipient = other;
        }
      }
      if (recipient) {
        let to = recipient.to;
        if (tokens[to]?.text === '(' && tokens[to + 2]?.text === ')') to += 3;
        if (RECIPIENT_PEOPLE.has(tokens[to]?.lower ?? '')) to++;
        recipient = { actor: recipient.actor, to };
      }
      const next = recipient ? tokens[recipient.to] : undefined;
      if (recipient && next && (next.kind === 'word' || next.kind === 'number') && !PREPOSITIONS.has(next.lower) && next.lower !== 'to' && !CLAUSE_WORDS.has(next.lower) && !AUX.has(next.lower)) {
        const end = objectEnd(view, recipient.to, true, true);
        if (end > recipient.to) for (const r of recipients) push(r, sliceTokens(tokens, recipient.to, end), v, v, end);
        continue;
      }
    }

    if (SEEK_FOR.has(lower)) {
      // "Ankara has been pushing for defence autonomy", "forced Putin to look urgently for an alternative".
      let k = v + 1;
      while (MANNER.has(tokens[k]?.lower ?? '')) k++;
      if (tokens[k]?.lower === 'for' && tokens[k + 1] && (tokens[k + 1].kind === 'word' || tokens[k + 1].kind === 'number')) {
        const subjects = verbSubjects(ctx, v);
        const end = objectEnd(view, k + 1, false, true);
        if (end > k + 1) for (const s of subjects) push(s.actor, sliceTokens(tokens, k + 1, end), s.from, s.from, end);
        if (subjects.length > 0) continue;
      }
    }

    if ((REQUEST.has(lower) || CALL_ON.has(lower)) && readRequest(ctx, v)) continue;

    if (BENEFIT.has(lower) || (lower === 'advantage' && /^tak|^took/.test(tokens[v - 1]?.lower ?? '') && tokens[v + 1]?.lower === 'of')) {
      // "Exporters benefit from lower tariffs", "South Korea is taking advantage of that opportunity".
      const verbAt = lower === 'advantage' ? v - 1 : v;
      const subjects = subjectsBefore(view, verbAt, resolve, registry, speakerAt);
      // "Spain stands to benefit most from the agreement", "exporters benefit greatly from …".
      let f = v + 1;
      while (f < v + 3 && BENEFIT_DEGREE.has(tokens[f]?.lower ?? '')) f++;
      const k = lower === 'advantage' ? v + 2 : tokens[f]?.lower === 'from' ? f + 1 : -1;
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
      const subjects = () => subjectsBefore(view, v, resolve, registry, speakerAt);
      // "… as a means to strengthen relations with the UK and as a way to halt the journeys": each means.
      for (let n = 0; n < 2 && tokens[k]?.lower === 'as' && ['a', 'an', 'the'].includes(tokens[k + 1]?.lower ?? '') && MEANS.has(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'to'; n++) {
        let end = objectEnd(view, k + 4);
        for (let i = k + 5; i < end; i++) if (tokens[i].lower === 'and' && tokens[i + 1]?.lower === 'as') end = i;
        if (end > k + 4) for (const s of subjects()) push(s.actor, sliceTokens(tokens, k + 4, end), s.from, s.from, end);
        k = tokens[end]?.lower === 'and' ? end + 1 : -1;
      }
      // "Tehran may see its deepening relationship with Moscow as a shield": what the thing is to the actor.
      if (tokens[k]?.lower === 'as' && ['a', 'an'].includes(tokens[k + 1]?.lower ?? '') && k > v + 1) {
        let n = k + 2;
        while (n < k + 4 && tokens[n]?.kind === 'word' && !PROTECTIONS.has(tokens[n].lower) && !tokens[n].capitalised) n++;
        if (PROTECTIONS.has(tokens[n]?.lower ?? '')) for (const s of subjects()) push(s.actor, sliceTokens(tokens, v + 1, n + 1), s.from, s.from, n + 1);
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
      // "The unions hope the action will help them gauge support …", "Orban had hoped a clear result would strengthen his hand".
      if (lower.startsWith('hop') && !other && tokens[k]?.kind === 'word' && !CLAUSE_WORDS.has(tokens[k].lower)) {
        let m = k + 1;
        while (m < k + 7 && tokens[m]?.kind === 'word' && !MODALS.has(tokens[m].lower) && !AUX.has(tokens[m].lower) && !CLAUSE_WORDS.has(tokens[m].lower)) m++;
        if (MODALS.has(tokens[m]?.lower ?? '') && m > k && verbAfterTo(tokens, m + 1)) {
          const subjects = verbSubjects(ctx, v);
          const end = objectEnd(view, m + 1, false, true);
          if (end > m + 2) for (const s of subjects) push(s.actor, sliceTokens(tokens, k, end), s.from, s.from, end);
          if (subjects.length > 0) continue;
        }
      }
      if (!ACQUIRE.has(lower) && !STRIVE.has(lower)) continue;
    }

    // "the Chinese firms agreed to a figure of $4bn": the subject is an actor, its undertaking no interest.
    if (COMMIT.has(lower)) {
      const subjects = verbSubjects(ctx, v);
      // "agreed to take joint measures to strengthen their defences": the end the undertaking serves is wanted.
      if (tokens[v + 1]?.lower === 'to') {
        for (let k = v + 3; k < tokens.length && k < v + 8 && tokens[k].kind === 'word'; k++) {
          if (!UNDERTAKINGS.has(tokens[k].lower) || tokens[k + 1]?.lower !== 'to' || tokens[k + 2]?.kind !== 'word' || DETERMINERS.has(tokens[k + 2].lower)) continue;
          const end = objectEnd(view, k + 3, false, true);
          if (end > k + 3) for (const s of subjects) push(s.actor, sliceTokens(tokens, k + 2, end), s.from, s.from, end);
          break;
        }
      }
      continue;
    }

    // "Germany is short of skilled labour", "NTPC ran short of water": what the subject lacks, it needs (not "fell short of a goal").
    if (lower === 'short' && tokens[v + 1]?.lower === 'of' && (LINKS.has(tokens[v - 1]?.lower ?? '') || /^(ran|run|runs|running)$/.test(tokens[v - 1]?.lower ?? '') ||
      (MANNER.has(tokens[v - 1]?.lower ?? '') && tokens[v - 2]?.text === ','))) {
      // "Venezuela, badly short of cash, …": the name before the aside.
      const named = MANNER.has(tokens[v - 1]?.lower ?? '') ? view.mentions.find((m) => m.to === v - 2) : undefined;
      const subjects = named ? [{ actor: named.actorId, from: named.from }] : verbSubjects(ctx, v - 1);
      const end = objectEnd(view, v + 2);
      if (end > v + 2) for (const s of subjects) push(s.actor, sliceTokens(tokens, v + 2, end), s.from, s.from, end);
      if (subjects.length > 0) continue;
    }

    // "It connects Serbia with the future of mobility", "The route will link Azerbaijan's mainland with its exclave": what the actor is joined to.
    if (CONNECT.has(lower)) {
      const who = actorAt(view, v + 1, resolve, registry, speakerAt);
      let k = who ? who.to : -1;
      if (who && tokens[k]?.kind === 'possessive') {
        k++;
        while (k < who.to + 4 && tokens[k]?.kind === 'word' && !tokens[k].capitalised && tokens[k].lower !== 'with' && tokens[k].lower !== 'to') k++;
      }
      if (who && (tokens[k]?.lower === 'with' || tokens[k]?.lower === 'to') && tokens[k + 1] && (tokens[k + 1].kind === 'word' || tokens[k + 1].kind === 'number')) {
        const end = objectEnd(view, k + 1);
        if (end > k + 1) push(who.actor, sliceTokens(tokens, v + 1, end), v, v, end);
        continue;
      }
    }

    // "Namibia remains well-positioned to become a major supplier of clean energy": what the subject is placed to gain.
    if (PLACED.has(lower) && tokens[v + 1]?.lower === 'to' && verbAfterTo(tokens, v + 2) && !LOSSES.has(tokens[v + 2].lower)) {
      let a = v;
      if (tokens[a - 1]?.text === '-' && tokens[a - 2]?.lower === 'well') a -= 2;
      if (tokens[a - 1]?.lower === 'remains' || tokens[a - 1]?.lower === 'remain') a--;
      const subjects = verbSubjects(ctx, a);
      const end = objectEnd(view, v + 3, false, true);
      if (end > v + 3) for (const s of subjects) push(s.actor, sliceTokens(tokens, v + 2, end), s.from, s.from, end);
      if (subjects.length > 0) continue;
    }

    // "Egypt stands to make fuller use of its gas plants": what the subject is placed to get (not "stands to lose").
    if ((lower === 'stands' || lower === 'stand') && tokens[v + 1]?.lower === 'to' && verbAfterTo(tokens, v + 2) && !LOSSES.has(tokens[v + 2].lower) && !ACQUIRE.has(tokens[v + 2].lower) && !BENEFIT.has(tokens[v + 2].lower) &&
      !['away', 'off', 'out', 'back', 'up', 'over', 'down'].includes(tokens[v + 3]?.lower ?? '')) {
      const subjects = verbSubjects(ctx, v);
      const end = objectEnd(view, v + 3, false, true);
      if (end > v + 3) for (const s of subjects) push(s.actor, sliceTokens(tokens, v + 2, end), s.from, s.from, end);
      if (subjects.length > 0) continue;
    }

    // "the 25-year term it had wanted", "something it has long sought": the noun phrase a relative clause of wanting ends.
    if (WANTED.has(lower) && (v === tokens.length - 1 || (tokens[v + 1].kind === 'punct' && !PHRASE_MARKS.has(tokens[v + 1].text)) || ['for', 'in', 'from', 'but', 'and'].includes(tokens[v + 1].lower))) {
      const wanted = wantedBefore(view, v, resolve, registry, speakerAt);
      if (wanted) {
        push(wanted.actor, sliceTokens(tokens, wanted.start, wanted.end), wanted.from, wanted.start, v + 1);
        continue;
      }
    }

    if (ACQUIRE.has(lower) || STRIVE.has(lower)) {
      const subjects = verbSubjects(ctx, v);
      const subject = subjects[0];
      if (!subject) continue;
      // "is working hard to retain ties", "is trying not to anger Russia"
      let to = v + 1;
      while (MANNER.has(tokens[to]?.lower ?? '')) to++;
      const negated = tokens[to]?.lower === 'not' && tokens[to + 1]?.lower === 'to';
      if (negated) to++;
      if (tokens[to]?.lower === 'to' && (STRIVE.has(lower) || lower.startsWith('want') || lower.startsWith('need'))) {
        const verb = tokens[to + 1];
        // "agreed to a figure of $4bn": "to" before a determiner is a preposition.
        if (!verb || verb.kind !== 'word' || DETERMINERS.has(verb.lower)) continue;
        let end = objectEnd(view, to + 2, false, true);
        // "Unite wants to demonstrate that the action grounded the airline": what is to be shown is the clause.
        if (tokens[end]?.lower === 'that' && SHOW.has(tokens[end - 1]?.lower ?? '')) end = objectEnd(view, end + 1, false, false, true);
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
      // "will receive in return 2.2 billion barrels": the object follows the aside.
      const o = tokens[v + 1]?.lower === 'in' && ['return', 'exchange', 'turn'].includes(tokens[v + 2]?.lower ?? '') ? v + 3 : v + 1;
      // "received no compensation at all": nothing got.
      if (PREPOSITIONS.has(tokens[o]?.lower ?? '') || tokens[o]?.lower === 'no' || tokens[o]?.lower === 'nothing') continue;
      // "had received more than 200 letters", "received reports of …": what a body is told or sent is no gain.
      if (/^rec/.test(lower) && tokens.slice(o, o + 5).some((w) => MESSAGES.has(w.lower))) continue;
      let end = objectEnd(view, o, true);
      // "gets the chance to develop Qana", "receives full rights to explore the field": a noun that takes "to".
      if (tokens[end]?.lower === 'to' && INFINITIVE_NOUNS.has(tokens[end - 1]?.lower ?? '')) end = objectEnd(view, o, true, true);
      // "want the government to withdraw the bill": what they want done.
      if (lower.startsWith('want') && tokens[end]?.lower === 'to' && tokens[end + 1]?.kind === 'word') end = objectEnd(view, end + 2, false, true);
      // "wants guarantees that the corridor will not …": a noun whose content is the clause after it.
      else if (tokens[end]?.lower === 'that' && CONTENT_NOUNS.has(tokens[end - 1]?.lower ?? '')) end = objectEnd(view, end + 1, false, false, true);
      // "Tsvangirai won 47.9 percent of the vote": an election's result, not a gain from another.
      if (/^win|^won/.test(lower) && tokens.slice(o, end).some((w) => RESULT_WORDS.has(w.lower))) continue;
      if (end > o) {
        for (const s of subjects) push(s.actor, sliceTokens(tokens, o, end), s.from, s.from, end);
        exchange(view, end, subject.from, push);
        // "China will receive regular payments, securing energy for its economy": a participle of getting goes on.
        const p = tokens[end + 1];
        if (tokens[end]?.text === ',' && p && ACQUIRE.has(p.lower) && p.lower.endsWith('ing')) {
          const more = objectEnd(view, end + 2, true);
          cueWord = p.lower;
          if (more > end + 2) for (const s of subjects) push(s.actor, sliceTokens(tokens, end + 2, more), s.from, end + 1, more);
        }
      }
      continue;
    }

    if (USE.has(lower) || (TAKE.has(lower) && UNDERTAKINGS.has(tokens[v + 1]?.lower === 'strike' ? tokens[v + 2]?.lower ?? '' : tokens[v + 1]?.lower ?? ''))) {
      // "Kim is using the latest troop deployment as leverage"
      const subject = subjectBefore(view, v, resolve, registry) ?? clauseSubject(ctx, v);
      if (!subject) continue;
      let k = v + 1;
      while (k < tokens.length && k < v + 10 && tokens[k].lower !== 'as' && tokens[k].kind !== 'punct') k++;
      if (USE.has(lower) && tokens[k]?.lower === 'as' && tokens[k + 1]?.lower === 'leverage' && k > v + 1) {
        push(subject.actor, `${sliceTokens(tokens, v + 1, k)} as leverage`, subject.from, subject.from, k + 2);
        continue;
      }
      // "accused of using Arab militias to crush a rebellion", "take strike action to defend jobs": the end the means serves.
      // "they used to live …", "the networks protesters used to organize": habit, or a relative clause's means.
      if (tokens[v + 1]?.lower === 'to') continue;
      let p = v + 2;
      while (p < tokens.length && p < v + 14 && !(tokens[p].lower === 'to' && verbAfterTo(tokens, p + 1)) && !(tokens[p].kind === 'punct' && tokens[p].text !== ',' && !PHRASE_MARKS.has(tokens[p].text)) &&
        !CLAUSE_WORDS.has(tokens[p].lower)) p++;
      if (tokens[p]?.lower === 'to' && verbAfterTo(tokens, p + 1)) {
        cueWord = `${lower} … to`;
        const end = objectEnd(view, p + 1, false, true);
        if (end > p + 2) push(subject.actor, sliceTokens(tokens, p + 1, end), subject.from, subject.from, end);
      }
      continue;
    }

    if (HELP.has(lower)) {
      // "Moscow is helping Pyongyang build submarines": the helped actor's interest.
      const helped = actorAt(view, v + 1, resolve, registry, speakerAt);
      if (!helped) continue;
      let k = helped.to;
      if (tokens[k]?.lower === 'to') k++;
      const verb = tokens[k];
      if (!verb || verb.kind !== 'word' || verb.capitalised || PREPOSITIONS.has(verb.lower) || CLAUSE_WORDS.has(verb.lower) || AUX.has(verb.lower) || verb.lower === 'and' || verb.lower === 'or') continue;
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
  if (topic) readTopic(view, topic, out, push, (w) => { cueWord = w; }, resolve, registry);
  return out;
}

/** The actors a section's heading names as getting ("What Turkey gets") or wanting ("What the EU wants"). */
export interface Topic {
  readonly actors: readonly string[];
  readonly gets: boolean;
}

/**
 * The topic of each sentence: the actors of the last heading of the form "What X gets" (or wants, gains, hopes
 * to get, is after) above it, until the next heading. A heading is a Markdown heading or a short block of one
 * sentence without a full stop ("**What Egypt gets**"). Explainers are written in such sections: under "What
 * Tunisia gets", "The EU will provide €150 million in budgetary assistance" says what Tunisia gets.
 */
export function sectionTopics(views: readonly SentenceView[]): Array<Topic | undefined> {
  const out: Array<Topic | undefined> = [];
  let current: Topic | undefined;
  for (let i = 0; i < views.length; i++) {
    const view = views[i];
    const tokens = view.tokens;
    const block = view.sentence.block;
    const alone = views[i - 1]?.sentence.block !== block && views[i + 1]?.sentence.block !== block;
    const last = tokens[tokens.length - 1];
    const heading = view.sentence.heading || (alone && tokens.length <= 14 && last !== undefined && last.text !== '.' && last.text !== '”' && last.text !== '"');
    if (heading) {
      current = headingTopic(view);
      out.push(undefined);
      continue;
    }
    out.push(current);
  }
  return out;
}

/** "What Azerbaijan and Turkey get", "What Namibia hopes to gain", "What the IMF wants in return". */
function headingTopic(view: SentenceView): Topic | undefined {
  const tokens = view.tokens;
  if (tokens[0]?.lower !== 'what') return undefined;
  const actors: string[] = [];
  let k = 1;
  if (tokens[k]?.lower === 'the') k++;
  for (;;) {
    const m = view.mentions.find((x) => x.from === k || (x.from === k + 1 && tokens[k].lower === 'the'));
    if (!m) break;
    if (!actors.includes(m.actorId)) actors.push(m.actorId);
    k = m.to;
    if (tokens[k]?.kind === 'possessive') return undefined;
    if (tokens[k]?.lower !== 'and') break;
    k++;
  }
  if (actors.length === 0) return undefined;
  // "hopes to gain", "stands to get", "is looking for", "is after", "expects in return".
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const w = tokens[j].lower;
    if (TOPIC_GETS.has(w) || (w === 'looking' && tokens[j + 1]?.lower === 'for')) return { actors, gets: TOPIC_GETS.has(w) && w !== 'after' };
    if (TOPIC_WANTS.has(w)) return { actors, gets: false };
  }
  return undefined;
}

/**
 * Under a heading of getting, what the sentence's main verbs give: "The EU will provide €150 million in budgetary
 * assistance", "the Trump administration will lower tariffs on Chinese goods", "The deal also brings funds": one
 * interest of the topic's actors per sentence, at the first verb after a modal or the first verb of providing,
 * when the frames found the topic nothing in the sentence and the verb is not negated.
 */
function readTopic(view: SentenceView, topic: Topic, out: readonly Interest[], push: (actor: string, interest: string, at: number, from: number, to: number) => void, cue: (w: string) => void,
  resolve: PronounResolver, registry: ActorRegistry): void {
  // "What Azerbaijan and Turkey get": which of them gets what, the heading does not say.
  if (!topic.gets || topic.actors.length !== 1) return;
  const tokens = view.tokens;
  // What the frames already read for the topic's actor is not read again.
  const read = (k: number) => out.some((i) => topic.actors.includes(i.actor) && i.evidence.start <= tokens[k].start && tokens[k].start < i.evidence.end);
  let found = 0;
  for (let v = 0; v < tokens.length && found < 1; v++) {
    const t = tokens[v];
    if (t.kind !== 'word' || t.capitalised) continue;
    let verb = -1;
    if (MODALS.has(t.lower)) {
      let k = v + 1;
      while (MANNER.has(tokens[k]?.lower ?? '')) k++;
      if (NEGATIONS.has(tokens[k]?.lower ?? '')) continue;
      const w = tokens[k];
      if (w && w.kind === 'word' && !w.capitalised && !AUX.has(w.lower) && !DETERMINERS.has(w.lower) && !PREPOSITIONS.has(w.lower) && !CLAUSE_WORDS.has(w.lower) &&
        !REPORTING_VERBS.has(w.lower) && !TOPIC_STATIVE.has(w.lower) && !/ly$/.test(w.lower)) verb = k;
    } else if (PROVIDE.has(t.lower) && !NEGATIONS.has(tokens[v - 1]?.lower ?? '') && !(DETERMINERS.has(tokens[v - 1]?.lower ?? '') && tokens[v - 1].lower !== 'that' && tokens[v - 1].lower !== 'this') &&
      tokens[v + 1]?.kind !== 'punct') {
      verb = v + 1;
      // "The plan sets out 400 billion in investments".
      if (t.lower === 'sets') {
        if (tokens[verb]?.lower !== 'out') continue;
        verb++;
      }
      // "India also offered to provide a loan": what is offered is what follows.
      if (t.lower.startsWith('offer') && tokens[verb]?.lower === 'to' && verbAfterTo(tokens, verb + 1)) verb++;
      // "China offered a loan" under "What China gets": what it gives is not what it gets.
      const giver = subjectBefore(view, v, resolve, registry);
      if (giver && topic.actors.includes(giver.actor)) continue;
    }
    if (verb < 0 || read(v)) continue;
    // "gave away very little", "offered no specific details", "give up part of its revenue": nothing given.
    const modal = MODALS.has(t.lower) || tokens[verb - 1]?.lower === 'to';
    const first = tokens[modal ? verb + 1 : verb]?.lower ?? '';
    if (['no', 'little', 'nothing', 'away', 'up', 'off'].includes(first)) continue;
    // "The forum includes Jordan, Israel, Cyprus …": members named, not a gain.
    if (!modal && tokens[verb]?.capitalised) continue;
    const end = objectEnd(view, verb + (modal ? 1 : 0), false, true);
    if (end <= verb + 1) continue;
    cue(t.lower);
    const text = sliceTokens(tokens, verb, end);
    for (const a of topic.actors) push(a, text, v, v, end);
    found++;
    v = end;
  }
}

/** The phrase a relative clause of wanting at `v` qualifies ("the 25-year term [that] it had wanted"), and its subject. */
function wantedBefore(view: SentenceView, v: number, resolve: PronounResolver, registry: ActorRegistry, speakerAt: (k: number) => string | null):
  { actor: string; from: number; start: number; end: number } | null {
  const tokens = view.tokens;
  const subject = subjectsBefore(view, v, resolve, registry, speakerAt)[0];
  if (!subject) return null;
  // Only a subject right before the verb and its auxiliaries: "it had wanted", "Beijing has long sought".
  for (let j = subject.from + 1; j < v; j++) {
    const w = tokens[j];
    if (view.mentions.some((m) => m.from <= j && m.to > j)) continue;
    if (w.kind !== 'word' || !(AUX.has(w.lower) || MANNER.has(w.lower))) return null;
  }
  let end = subject.from;
  if (tokens[end - 1]?.lower === 'that' || tokens[end - 1]?.lower === 'which') end--;
  let start = end;
  while (start > 0 && start > end - 7) {
    const w = tokens[start - 1];
    if (DETERMINERS.has(w.lower)) {
      start--;
      break;
    }
    if (!(w.kind === 'word' || w.kind === 'number' || w.text === '-') || w.capitalised || AUX.has(w.lower) || PREPOSITIONS.has(w.lower) || CLAUSE_WORDS.has(w.lower) || LINKS.has(w.lower) || w.lower === 'what' || w.lower === 'and') return null;
    start--;
  }
  // The phrase must open with a determiner: "the term", "a deal".
  if (end - start < 2 || !DETERMINERS.has(tokens[start].lower)) return null;
  if (tokens[start].lower === 'that' || tokens[start].lower === 'this') return null;
  return { actor: subject.actor, from: subject.from, start, end };
}

/**
 * "Rolling back U.S. tariffs remains China's top practical goal", "Beijing's aim is to …", "its demand that
 * all U.S. tariffs be lifted": the goal noun after an actor's possessive (or "its"/"their"), with what the
 * goal is before a linking verb, after "is to", or in a "that" clause.
 */
function goal(view: SentenceView, v: number, resolve: PronounResolver,
  push: (actor: string, interest: string, at: number, from: number, to: number) => void, speakerAt: (k: number) => string | null, registry: ActorRegistry): void {
  const tokens = view.tokens;
  const found = ownerBefore(view, v, resolve, speakerAt, registry);
  if (!found) return;
  const owner = found.actor;
  const ownerFrom = found.from;
  // "Ankara's request for F-16 fighters", "Sweden's hopes of joining the alliance", "a Turkish effort to depend
  // less on foreign suppliers", "its drive to hide the information".
  const next = tokens[v + 1]?.lower;
  // "its financial plan for the next four years", "their next plan of action": a plan's scope, not its aim.
  if ((next === 'for' || next === 'of') && PLAN_NOUNS.has(tokens[v].lower)) return;
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

