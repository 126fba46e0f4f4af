import type { Token } from '../parse/tokenize';
import { CHANGE_NOUNS, CHANGE_WORDS, COUNT_MODIFIERS, MILITARY_MODIFIERS, NUMBER_WORDS, PEOPLE_NOUNS, PREDICATE_GROUPS, SUBJECT_GROUPS } from '../data/lexicon';
import { MEASURE_GROUPS, MONEY_VERBS, SUM_KINDS } from '../data/quantities';
import type { SentenceView } from './actorRegistry';
import { changeOf, mayStartNumber, NUMBER_TRIGGERS, readNumberPhrase, type NumberPhrase } from './numberGrammar';

/** A figure before attribution: the number phrase, its subject and where it stands. */
export interface RawFigure extends NumberPhrase {
  readonly view: SentenceView;
  readonly start: number;
  readonly end: number;
  readonly subject: string | null;
  readonly subjectGroup: string | null;
  readonly weakSubject: boolean;
  readonly change: 'previous' | 'delta' | null;
}

const STOP_SUBJECT = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'to', 'in', 'on', 'at',
  'by', 'from', 'that', 'which', 'who', 'and', 'or', 'but', 'than', 'as', 'a', 'an', 'the', 'with', 'into', 'per', 'each', 'for']);
const NOT_NOUNS = new Set(['this', 'thus', 'plus', 'less', 'its', 'his', 'has', 'was', 'is', 'as', 'us', 'yes', 'always', 'perhaps', 'towards', 'afterwards', 'unless', 'across', 'whereas', 'various', 'previous', 'serious', 'numerous', 'famous']);
/** Nouns before a number that name what it counts: "a death toll of 5,000", "turnout was 50,000". */
const LEAD_NOUNS = new Map([
  ['toll', 'deaths'], ['turnout', 'people'], ['crowd', 'people'], ['attendance', 'people'], ['budget', 'money'],
  ['cost', 'money'], ['costs', 'money'], ['deficit', 'money'], ['debt', 'money'], ['revenue', 'money'], ['revenues', 'money'],
  ['profit', 'money'], ['profits', 'money'], ['sales', 'money'], ['spending', 'money'], ['population', 'people'],
]);

/** Finds the figures of one sentence. */
export function findFigures(view: SentenceView): RawFigure[] {
  const out: RawFigure[] = [];
  if ((view.triggers & NUMBER_TRIGGERS) === 0) return out;
  const tokens = view.tokens;
  const mentions = view.mentions;
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!mayStartNumber(t)) continue;
    // Mentions are in token order and do not overlap: step past the ones that end before here.
    while (next < mentions.length && mentions[next].to <= i) next++;
    if (next < mentions.length && mentions[next].from <= i) continue;
    let phrase = readNumberPhrase(tokens, i, false);
    if (!phrase && t.kind === 'word' && (NUMBER_WORDS.get(t.lower) ?? 0) > 0) {
      // A small word number counts only when it counts something: "three people", not "one of them".
      const probe = readNumberPhrase(tokens, i, true);
      // "one of only two forces", "one of the dead": a pronoun, not a count.
      const pronoun = t.lower === 'one' && tokens[i + 1]?.lower === 'of';
      if (probe && !pronoun && readSubject(view, probe.to).known) phrase = probe;
    }
    if (!phrase) continue;
    const subject = readSubject(view, phrase.to);
    // "the unemployment rate at 9.5%": a percentage of a named rate.
    const rate = phrase.unit === '%' && subject.text === null ? readRateNoun(tokens, phrase.from) : null;
    const money = phrase.unit !== null && phrase.unit !== '%';
    const leadNoun = subject.text === null ? readLeadNoun(tokens, phrase.from, money) : null;
    const lead = leadNoun ? LEAD_NOUNS.get(leadNoun) ?? SUBJECT_GROUPS.get(leadNoun) ?? null : null;
    // A noun of people, or one the lexicon does not know ("pilgrims", "drug suspects"), takes its group from its verb.
    const predicate = phrase.unit === null && (subject.text === null || PEOPLE_NOUNS.has(subject.head ?? '') || subject.group === 'people' || !subject.known)
      ? readPredicate(tokens, phrase.from, subject.end ?? phrase.to)
      : null;
    // "about 30 kilometres north of Lima" places something; it is no measure to compare.
    const located = subject.end !== undefined && DISTANCE_GROUPS.has(subject.group ?? '') && DIRECTIONS.has(tokens[subject.end]?.lower ?? '');
    const group = located ? null : money ? 'money' : predicate ?? subject.group ?? lead;
    // Field by field: a spread followed by more properties builds a slow dictionary-mode object.
    out.push({
      from: phrase.from,
      to: phrase.to,
      low: phrase.low,
      high: phrase.high,
      approximate: phrase.approximate,
      qualifier: phrase.qualifier,
      unit: phrase.unit,
      view,
      start: tokens[phrase.from].start,
      end: tokens[phrase.to - 1].end,
      // A sum says what it is: "the cost had reached €8.4bn", "€200m in emergency funding".
      // "estimated losses at $15bn", "planned to invest $16 million": the noun before, or the verb taking the sum.
      // "of whom 72 were killed": the verb names what is counted, so a subject named before is not inherited.
      subject: subject.text ?? (money
        ? (leadNoun && (lead === 'money' || SUM_KINDS.has(leadNoun)) ? leadNoun : moneyObject(tokens, phrase.to) ?? moneyVerb(tokens, phrase.from)) ?? lead
        : (rate ? `${rate} rate` : lead ?? predicate)),
      subjectGroup: phrase.unit === '%' ? (rate ? `${rate} rate` : shareGroup(subject, leadNoun, lead)) : group,
      weakSubject: subject.weak === true,
      change: changeOf(tokens, phrase.from) ?? ((phrase.unit === '%' && percentChange(tokens, phrase.from, phrase.to)) || ADD_VERBS.has(tokens[phrase.from - 1]?.lower ?? '') ? 'delta' : null),
    });
    i = phrase.to - 1;
  }
  return out;
}

/** Measures of distance, and words after one that make it a position: "30 kilometres north of Lima", "5 miles off the coast". */
const DISTANCE_GROUPS = new Set(['kilometres', 'miles']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east',
  'north-west', 'south-east', 'south-west', 'away', 'off', 'from', 'outside', 'inland', 'offshore', 'upstream', 'downstream']);

/** Verbs that make the figure after them an addition: "risked adding £500", "will add 2,000 jobs". */
const ADD_VERBS = new Set(['add', 'adds', 'added', 'adding']);

/** Verbs of change besides those of the lexicon's CHANGE_WORDS: "surging 20.9 percent", "has grown 30 per cent". */
const MORE_CHANGE_VERBS = new Set(['grown', 'surging', 'soaring', 'soared', 'plunged', 'plunging', 'plummeted', 'slumped', 'tumbled', 'sank', 'slid', 'gained', 'lost', 'advanced', 'eased', 'contracted', 'shrinking', 'expanding']);
/** Nouns that name a rate of change: a percentage of them is a change ("inflation at 25 percent"). */
const RATE_OF_CHANGE_NOUNS = new Set(['inflation', 'deflation']);

/**
 * True when a percentage is a change, not a share: right after a verb of change ("prices fell 10.6 percent",
 * "has grown 30 per cent", "up 0.8 percent") or before a noun of change ("a 31 percent year-on-year increase",
 * "a 24 percent drop").
 */
function percentChange(tokens: readonly Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  if (prev?.kind === 'word' && (CHANGE_WORDS.has(prev.lower) || MORE_CHANGE_VERBS.has(prev.lower)) && prev.lower !== 'cut' && prev.lower !== 'cuts') return true;
  // "inflation at about 25 percent": inflation is the change in prices.
  for (let k = from - 1; k >= 0 && k >= from - 16; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== ',' && t.text !== "'" && t.text !== '’') break;
    if (RATE_OF_CHANGE_NOUNS.has(t.lower)) return true;
  }
  for (let k = to; k < tokens.length && k < to + 7; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && CHANGE_NOUNS.has(t.lower)) return true;
    if (!(t.kind === 'word' && /-/.test(t.text)) && !(t.kind === 'punct' && t.text === '-') && !(t.kind === 'word' && /^(?:annual|yearly|monthly|overall|average|further|sharp|steep|modest|year|on)$/.test(t.lower))) return false;
  }
  return false;
}

/** "€200m in emergency funding", "$5bn of aid": what a sum is, from the words after "in"/"of"/"for" (at most three). */
function moneyObject(tokens: readonly Token[], to: number): string | null {
  const prep = tokens[to]?.lower;
  if (prep !== 'in' && prep !== 'of' && prep !== 'for') return null;
  const words: string[] = [];
  for (let k = to + 1; k < tokens.length && words.length < 3; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.capitalised || STOP_SUBJECT.has(t.lower)) break;
    words.push(t.lower);
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** Words between a verb and the sum it takes: "pledged a further $100m", "spent only $2bn". */
const MONEY_VERB_SKIP = new Set(['a', 'an', 'the', 'further', 'another', 'additional', 'extra', 'only', 'just', 'its', 'their', 'his', 'her', 'some']);

/** "invest $16 million" → investment, "pledged a further $100m" → pledges: the noun of the verb that takes a sum. */
function moneyVerb(tokens: readonly Token[], from: number): string | null {
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return null;
    const noun = MONEY_VERBS.get(t.lower);
    if (noun) return noun;
    if (!MONEY_VERB_SKIP.has(t.lower)) return null;
  }
  return null;
}

/** Words before "rate" that do not name what the rate is of: "the rate", "its rate", "a higher rate". */
const NOT_RATE_NOUNS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'higher', 'lower', 'same', 'average', 'annual', 'overall', 'current', 'official', 'real', 'true']);

/**
 * The noun of a rate named before a percentage in its clause: "the unemployment rate at 9.5%", "an
 * unemployment rate of over 22%" → unemployment; `null` when none is named.
 */
function readRateNoun(tokens: readonly Token[], from: number): string | null {
  for (let k = from - 1; k >= 1 && k >= from - 8; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '-') return null;
    if ((t.lower === 'rate' || t.lower === 'rates') && tokens[k - 1].kind === 'word' && !NOT_RATE_NOUNS.has(tokens[k - 1].lower) && !tokens[k - 1].capitalised) return tokens[k - 1].lower;
  }
  return null;
}

/** What a percentage is a share of: "30% of registered voters" and a turnout of 87% are both shares of votes. */
function shareGroup(subject: Subject, leadNoun: string | null, lead: string | null): string | null {
  const of = subject.head ? SUBJECT_GROUPS.get(subject.head) ?? subject.head : null;
  // A turnout given as a share is a share of the electorate.
  const group = of ?? (leadNoun === 'turnout' ? 'votes' : lead);
  return group ? `share of ${group}` : null;
}

/** The thing counted after the number: skips modifiers ("more", "North Korean", "combat") to the head noun. */
export interface Subject {
  readonly text: string | null;
  readonly group: string | null;
  /** True when the group comes from the lexicon, not from the noun itself. */
  readonly known: boolean;
  /** The head noun, lower-cased, and the index after it. */
  readonly head?: string;
  readonly end?: number;
  /** True for a bare nationality ("10,000 Palestinians"): a subject named before in the paragraph wins. */
  readonly weak?: boolean;
}

export function readSubject(view: SentenceView, at: number): Subject {
  const tokens = view.tokens;
  let k = at;
  let military = false;
  const modifiers: string[] = [];
  if (tokens[k]?.lower === 'of' && (tokens[k + 1]?.lower === 'the' || tokens[k + 1]?.lower === 'them' || tokens[k + 1]?.lower === 'those')) {
    if (tokens[k + 1]?.lower !== 'the') return { text: null, group: null, known: false };
    k += 2;
  } else if (tokens[k]?.lower === 'of') k += 1;
  for (let steps = 0; k < tokens.length && steps < 5; steps++, k++) {
    const t = tokens[k];
    if (t.kind !== 'word') {
      if (t.kind === 'punct' && t.text === '-' && steps > 0) continue;
      break;
    }
    const adjective = view.adjectives.has(k) || (t.capitalised && view.adjectives.has(k - 1));
    if (adjective) continue;
    // A measure, whatever its spelling: "metric tons", "tonnes", "mt" are one.
    const measure = MEASURE_GROUPS.get(t.lower);
    if (measure) return { text: [...modifiers, t.lower].join(' '), group: measure, known: true, head: t.lower, end: k + 1 };
    const group = SUBJECT_GROUPS.get(t.lower);
    if (group) {
      const g = military && group !== 'troops' ? 'troops' : group;
      return { text: [...modifiers, t.lower].join(' '), group: g, known: true, head: t.lower, end: k + 1 };
    }
    if (MILITARY_MODIFIERS.has(t.lower)) {
      military = true;
      modifiers.push(t.lower);
      continue;
    }
    if (COUNT_MODIFIERS.has(t.lower)) continue;
    if (STOP_SUBJECT.has(t.lower)) break;
    // "10,000 Palestinians": people of a nationality.
    if (t.capitalised && /s$/.test(t.text) && view.mentions.some((m) => m.from <= k && k < m.to)) {
      return { text: t.text, group: 'people', known: true, head: 'people', end: k + 1, weak: true };
    }
    if (t.capitalised) continue;
    if (/s$/.test(t.lower) && t.lower.length > 3 && !NOT_NOUNS.has(t.lower) && !/ss$|ous$|ly$/.test(t.lower)) {
      const text = [...modifiers, t.lower].join(' ');
      return { text, group: military ? 'troops' : t.lower, known: military, head: t.lower, end: k + 1 };
    }
    modifiers.push(t.lower);
    if (modifiers.length > 2) break;
  }
  return { text: null, group: null, known: false };
}

/**
 * A noun before the number, in the same clause, that names what it counts: "the death toll from the
 * earthquake has risen to 5,000", "the number of cases was higher than the 36,943 recorded".
 */
function readLeadNoun(tokens: readonly Token[], from: number, money: boolean): string | null {
  for (let k = from - 1; k >= 0 && k >= from - 12; k--) {
    const t = tokens[k];
    // A quotation mark does not end the clause: 'the number of cuts would be "nowhere near" 6,000'.
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '"' && t.text !== '“') break;
    if (LEAD_NOUNS.has(t.lower) || (SUBJECT_GROUPS.has(t.lower) && SUBJECT_GROUPS.get(t.lower) !== 'money') || (money && SUM_KINDS.has(t.lower))) return t.lower;
  }
  return null;
}

/** Words between a count and its verb: "were confirmed to have died", "are feared dead", "are believed killed". */
const PREDICATE_SKIP = new Set(['had', 'have', 'has', 'been', 'were', 'was', 'are', 'is', 'be', 'being', 'reportedly', 'allegedly', 'also', 'all', 'now', 'since', 'who', 'got',
  'confirmed', 'reported', 'believed', 'feared', 'thought', 'known', 'presumed', 'said', 'estimated', 'expected', 'to', 'already',
  'may', 'might', 'could', 'would', 'will', 'should', 'must']);

/**
 * "have been forced from their homes", "were driven out", "crossed into Sudan": people who left their homes
 * or their country are counted as refugees (the lexicon's "displaced", "fled" are single words).
 */
function displacement(tokens: readonly Token[], k: number): string | null {
  const w = tokens[k].lower;
  const next = tokens[k + 1]?.lower;
  if ((w === 'forced' || w === 'driven' || w === 'chased') && (next === 'from' || next === 'out' || next === 'to')) {
    return next !== 'to' || tokens[k + 2]?.lower === 'flee' || tokens[k + 2]?.lower === 'leave' ? 'refugees' : null;
  }
  return (w === 'crossed' || w === 'crossing') && (next === 'into' || next === 'from' || next === 'the') ? 'refugees' : null;
}

/** Words between a verb and the count it takes: "killed another 2,000", "displaced a further 5,000". */
const BEFORE_COUNT = new Set(['a', 'an', 'the', 'another', 'further', 'only', 'just', 'also', 'some', 'nearly', 'almost', 'about', 'around', 'roughly', 'over']);

/** "71 of them had died", "of whom": a pronoun of the people counted, between a count and its verb. */
const COUNTED_PRONOUNS = new Set(['them', 'those', 'whom', 'these']);

/**
 * The verb that says what happened to the people counted: after the noun ("1,210 people had died",
 * "172 people were arrested") or just before the number ("killed at least 2,000 civilians").
 */
function readPredicate(tokens: readonly Token[], from: number, after: number): string | null {
  const start = tokens[after]?.lower === 'of' && COUNTED_PRONOUNS.has(tokens[after + 1]?.lower ?? '') ? after + 2 : after;
  for (let k = start; k < tokens.length && k < start + 6; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    const g = PREDICATE_GROUPS.get(t.lower) ?? displacement(tokens, k);
    if (g) return g;
    if (!PREDICATE_SKIP.has(t.lower)) break;
  }
  for (let k = from - 1; k >= 0 && k >= from - 2; k--) {
    const g = PREDICATE_GROUPS.get(tokens[k].lower);
    if (g) return g;
    // "killed another 2,000", not "killed in 134,583 operations".
    if (tokens[k].kind !== 'word' || !BEFORE_COUNT.has(tokens[k].lower)) break;
  }
  return null;
}

