import type { Token } from '../parse/tokenize';
import { COUNT_MODIFIERS, MILITARY_MODIFIERS, NUMBER_WORDS, SUBJECT_GROUPS } from '../data/lexicon';
import type { SentenceView } from './actors';
import { readNumberPhrase, type NumberPhrase } from './numberGrammar';

/** A figure before attribution: the number phrase, its subject and where it stands. */
export interface RawFigure extends NumberPhrase {
  readonly view: SentenceView;
  readonly start: number;
  readonly end: number;
  readonly subject: string | null;
  readonly subjectGroup: string | null;
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
  const tokens = view.tokens;
  const out: RawFigure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'number' && t.kind !== 'word') continue;
    if (view.mentions.some((m) => m.from <= i && i < m.to)) continue;
    let phrase = readNumberPhrase(tokens, i, false);
    if (!phrase && t.kind === 'word' && (NUMBER_WORDS.get(t.lower) ?? 0) > 0) {
      // A small word number counts only when it counts something: "three people", not "one of them".
      const probe = readNumberPhrase(tokens, i, true);
      if (probe && readSubject(view, probe.to).known) phrase = probe;
    }
    if (!phrase) continue;
    const subject = readSubject(view, phrase.to);
    const lead = subject.text === null ? readLeadSubject(tokens, phrase.from) : null;
    const group = subject.group ?? lead ?? (phrase.unit && phrase.unit !== '%' ? 'money' : null);
    out.push({
      ...phrase,
      view,
      start: tokens[phrase.from].start,
      end: tokens[phrase.to - 1].end,
      subject: subject.text ?? lead,
      subjectGroup: phrase.unit === '%' ? (subject.text ? `share of ${subject.text}` : null) : group,
    });
    i = phrase.to - 1;
  }
  return out;
}

/** The thing counted after the number: skips modifiers ("more", "North Korean", "combat") to the head noun. */
export function readSubject(view: SentenceView, at: number): { text: string | null; group: string | null; known: boolean } {
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
    const adjective = [...view.adjectives.keys()].some((a) => a === k) || (t.capitalised && view.adjectives.has(k - 1));
    if (adjective) continue;
    const group = SUBJECT_GROUPS.get(t.lower);
    if (group) {
      const g = military && group !== 'troops' ? 'troops' : group;
      return { text: [...modifiers, t.lower].join(' '), group: g, known: true };
    }
    if (MILITARY_MODIFIERS.has(t.lower)) {
      military = true;
      modifiers.push(t.lower);
      continue;
    }
    if (COUNT_MODIFIERS.has(t.lower)) continue;
    if (STOP_SUBJECT.has(t.lower)) break;
    if (t.capitalised) continue;
    if (/s$/.test(t.lower) && t.lower.length > 3 && !NOT_NOUNS.has(t.lower) && !/ss$|ous$|ly$/.test(t.lower)) {
      const text = [...modifiers, t.lower].join(' ');
      return { text, group: military ? 'troops' : t.lower, known: military };
    }
    modifiers.push(t.lower);
    if (modifiers.length > 2) break;
  }
  return { text: null, group: null, known: false };
}

/** A noun before the number that names what it counts: "the death toll rose to 5,000". */
function readLeadSubject(tokens: readonly Token[], from: number): string | null {
  for (let k = from - 1; k >= 0 && k >= from - 6; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '-') break;
    const g = LEAD_NOUNS.get(t.lower);
    if (g) return g;
  }
  return null;
}

