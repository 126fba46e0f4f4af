import type { Token } from '../parse/tokenize';
import { CHANGE_NOUNS, CHANGE_WORDS, CURRENCIES, MONTHS, MULTIPLIERS, NUMBER_WORDS, QUALIFIERS, TIME_UNITS } from '../data/lexicon';
import { CURRENCY_PREFIXES, SCALED_UNITS, SPACED_CURRENCY_PREFIXES } from '../data/quantities';
import { NUMBER_TOKEN, triggerWords } from './triggers';

/** A number phrase read from tokens: `[from, to)` token indices and its value range. */
export interface NumberPhrase {
  readonly from: number;
  readonly to: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly approximate: boolean;
  readonly qualifier: string | null;
  readonly unit: string | null;
}

const DASHES = new Set(['-', '–', '—', '‑']);
const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/i;
const CLOCK_WORDS = new Set(['am', 'pm', 'gmt', 'bst', 'utc', 'cet', 'est', 'pst', 'edt', 'pdt', 'hrs', 'oclock']);
const AGE_WORDS = new Set(['aged', 'age', 'ages']);
const REFERENCE_WORDS = new Set(['magnitude', 'article', 'section', 'chapter', 'page', 'paragraph', 'clause', 'resolution', 'no', 'number', 'version', 'level', 'grade', 'phase', 'stage', 'room', 'flight', 'route', 'covid', 'f', 'su', 'mig', 'boeing', 'airbus', 'figure', 'table', 'verse', 'rule', 'item', 'line', 'series', 'season', 'episode', 'model', 'type', 'category', 'pages', 'articles']);

interface Digits {
  value: number;
  /** The value before any shared magnitude: "25" in "25-30,000". */
  raw: string;
  grouped: boolean;
}

function readDigits(text: string): Digits | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return { value: Number(text.replace(/,/g, '')), raw: text, grouped: true };
  if (/^\d+(\.\d+)?$/.test(text)) return { value: Number(text), raw: text, grouped: false };
  return null;
}

const adjacent = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/** Reads a multiplier after token `i` ("million", or "m" glued to the number); returns [factor, tokens used]. */
function readMultiplier(tokens: readonly Token[], i: number, money: boolean): [number, number] {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return [1, 0];
  const f = MULTIPLIERS.get(t.lower);
  if (f === undefined) return [1, 0];
  if (t.lower.length <= 3 && t.lower !== 'mln') {
    // "350m", "2bn", "5k": only when glued to the number, and single letters only for money.
    if (!adjacent(tokens[i - 1], t)) return [1, 0];
    if (t.lower.length === 1 && !money && t.lower !== 'k') return [1, 0];
  }
  return [f, 1];
}

/** A word number ("six", "twenty", "a dozen") at `i`; returns [value, tokens used]. */
function readWordNumber(tokens: readonly Token[], i: number): [number, number] | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  let v = NUMBER_WORDS.get(t.lower);
  if (v === undefined) return null;
  let used = 1;
  // "twenty-five", "twenty five"
  const n1 = tokens[i + 1];
  const n2 = tokens[i + 2];
  if (v >= 20 && v % 10 === 0) {
    if (n1 && DASHES.has(n1.text) && n2 && (NUMBER_WORDS.get(n2.lower) ?? 99) < 10) {
      v += NUMBER_WORDS.get(n2.lower) ?? 0;
      used = 3;
    } else if (n1 && (NUMBER_WORDS.get(n1.lower) ?? 99) < 10) {
      v += NUMBER_WORDS.get(n1.lower) ?? 0;
      used = 2;
    }
  }
  return [v, used];
}

/** "tens of thousands", "hundreds", "dozens", "thousands of": vague magnitudes as ranges. */
const VAGUE: ReadonlyMap<string, [number, number]> = new Map([
  ['dozens', [24, 99]], ['scores', [40, 99]], ['hundreds', [200, 999]], ['thousands', [2000, 9999]], ['millions', [2e6, 9.99e6]],
  ['billions', [2e9, 9.99e9]], ['tens', [20, 99]],
]);

const VAGUE_SCALES: ReadonlyMap<string, number> = new Map([['thousands', 1e3], ['millions', 1e6], ['billions', 1e9]]);

function readVagueMagnitude(tokens: readonly Token[], i: number): { low: number; high: number; used: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const r = VAGUE.get(t.lower);
  if (!r) return null;
  let [low, high] = r;
  let used = 1;
  // "tens of thousands", "hundreds of thousands", "tens of millions"
  if (tokens[i + 1]?.lower === 'of') {
    const unit = tokens[i + 2]?.lower;
    // A Map, not an object literal: "tens of constructor" must not find Object.prototype.constructor.
    const s = unit ? VAGUE_SCALES.get(unit) : undefined;
    if (s !== undefined && (t.lower === 'tens' || t.lower === 'hundreds' || t.lower === 'dozens')) {
      const lo = t.lower === 'tens' ? 10 : t.lower === 'hundreds' ? 100 : 24;
      const hi = t.lower === 'tens' ? 99 : t.lower === 'hundreds' ? 999 : 99;
      low = lo * s;
      high = hi * s + (s - 1);
      used = 3;
    }
  }
  if (t.lower === 'tens' && used === 1) return null;
  return { low, high, used };
}

/** A single value at `i`: digits or words, with a glued or following multiplier. */
function readValue(tokens: readonly Token[], i: number, money: boolean):
  { value: number; digits: Digits | null; used: number; multiplied: boolean } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    let d = readDigits(t.text);
    if (!d) return null;
    // "48 000", "1 234 567": thousands grouped by spaces (SI and much European, UN and South African copy).
    let groups = 0;
    if (/^\d{1,3}$/.test(t.text) && !MONTHS.has(tokens[i - 1]?.lower ?? '')) {
      let raw = t.text;
      while (tokens[i + groups + 1]?.kind === 'number' && /^\d{3}$/.test(tokens[i + groups + 1].text) && tokens[i + groups + 1].start === tokens[i + groups].end + 1) {
        raw += tokens[i + groups + 1].text;
        groups++;
      }
      if (groups > 0) d = { value: Number(raw), raw, grouped: true };
    }
    let [f, used] = readMultiplier(tokens, i + 1 + groups, money);
    // "the 1995 Million Man March": a year before a name that starts with a capitalised multiplier word.
    if (used > 0 && tokens[i + 1].capitalised && !d.grouped && Number.isInteger(d.value) && d.value >= 1800 && d.value <= 2100) [f, used] = [1, 0];
    return { value: d.value * f, digits: d, used: 1 + groups + used, multiplied: used > 0 };
  }
  const w = readWordNumber(tokens, i);
  if (w) {
    let [v, used] = w;
    // "six thousand", "two hundred thousand", "1.5 million" (already digits)
    let multiplied = false;
    for (let k = 0; k < 2; k++) {
      const [f, u] = readMultiplier(tokens, i + used, money);
      if (u === 0) break;
      v *= f;
      used += u;
      multiplied = true;
    }
    return { value: v, digits: null, used, multiplied };
  }
  if (t.lower === 'a' && tokens[i + 1]?.lower === 'dozen') return { value: 12, digits: null, used: 2, multiplied: false };
  return null;
}

const GLUED_CURRENCY = /^([A-Z][A-Za-z]{0,3})(\d+)$/;

/** The currency of a word that glues a currency abbreviation to digits ("Rs8", "JPY1", "USD12"), or `null`. */
function gluedCurrency(t: Token): string | null {
  if (t.kind !== 'word' && t.kind !== 'acronym') return null;
  const last = t.text.charCodeAt(t.text.length - 1);
  if (last < 48 || last > 57) return null;
  const m = GLUED_CURRENCY.exec(t.text);
  return m ? CURRENCY_PREFIXES.get(m[1]) ?? null : null;
}

/**
 * The value of a number glued to a currency abbreviation, which the tokenizer keeps in one word with its
 * first digits: "Rs8" "," "500" is Rs8,500; "JPY1" "." "35" "trillion" is JPY1.35 trillion.
 */
function readGluedValue(tokens: readonly Token[], i: number): { value: number; digits: Digits | null; used: number; multiplied: boolean } | null {
  const m = GLUED_CURRENCY.exec(tokens[i].text);
  if (!m) return null;
  let raw = m[2];
  let k = i + 1;
  while (tokens[k]?.text === ',' && adjacent(tokens[k - 1], tokens[k]) && tokens[k + 1]?.kind === 'number' && /^\d{3}$/.test(tokens[k + 1].text) && adjacent(tokens[k], tokens[k + 1])) {
    raw += `,${tokens[k + 1].text}`;
    k += 2;
  }
  if (tokens[k]?.text === '.' && adjacent(tokens[k - 1], tokens[k]) && tokens[k + 1]?.kind === 'number' && /^\d+$/.test(tokens[k + 1].text) && adjacent(tokens[k], tokens[k + 1])) {
    raw += `.${tokens[k + 1].text}`;
    k += 2;
  }
  const d = readDigits(raw);
  if (!d) return null;
  const [f, used] = readMultiplier(tokens, k, true);
  return { value: d.value * f, digits: d, used: k - i + used, multiplied: used > 0 };
}

/** The qualifiers split into words once, keyed by their last word. */
const QUALIFIER_WORDS = (() => {
  const byLast = new Map<string, Array<{ words: string[]; kind: (typeof QUALIFIERS)[number]['kind'] }>>();
  for (const q of QUALIFIERS) {
    const words = q.phrase.split(' ');
    const last = words[words.length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), { words, kind: q.kind }]);
  }
  // Longest first: "far fewer than" before "fewer than".
  for (const list of byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byLast;
})();

const FOCUS_WORDS = new Set(['only', 'just', 'another', 'further', 'a', 'the', 'current', 'present', 'existing', 'earlier', 'previous', 'initial', 'original', 'its', 'their']);

/**
 * Whether a figure is an earlier value or a change rather than the quantity itself: "up from 2,000",
 * "increased to 34 from 16", "compared with 1,200 last year" (previous); "rose by more than 1,000",
 * "an increase of 500" (delta).
 */
export function changeOf(tokens: readonly Token[], figureFrom: number): 'previous' | 'delta' | null {
  // "decreased by only 2%", "rose by a further 500".
  let from = figureFrom;
  while (from > 0 && FOCUS_WORDS.has(tokens[from - 1].lower)) from--;
  const prev = tokens[from - 1]?.lower;
  if (prev === 'from' || prev === 'by') {
    for (let k = from - 2; k >= 0 && k >= from - 8; k--) {
      const t = tokens[k];
      // "go up to $2.40 from $2": a currency sign of the new value does not end the clause.
      if (t.kind === 'punct' && t.text !== ',' && t.text !== '-' && !CURRENCIES.has(t.text)) break;
      if (t.kind === 'word' && CHANGE_WORDS.has(t.lower)) return prev === 'from' ? 'previous' : 'delta';
      // "…from 16" after "to 34": only the nearest clause counts.
      if (prev === 'by' && k < from - 4) break;
    }
    return null;
  }
  if ((prev === 'with' || prev === 'to') && tokens[from - 2]?.lower === 'compared') return 'previous';
  if (prev === 'of' && CHANGE_NOUNS.has(tokens[from - 2]?.lower ?? '')) return 'delta';
  return null;
}

const QUOTES = new Set(['"', '”', '’', "'"]);

/** Verbs before "up to" that make it a rise to a value or a total: "prices went up to $5", "pledges added up to $5.8bn". */
const RISE_VERBS = new Set(['go', 'goes', 'going', 'gone', 'went', 'shot', 'shoot', 'shoots', 'move', 'moves', 'moved', 'moving',
  'add', 'adds', 'added', 'adding', 'sum', 'sums', 'summed', 'tot', 'totted',
  'rose', 'rise', 'rises', 'risen', 'rising', 'climbed', 'jumped', 'pushed', 'push', 'pushes', 'ramped', 'scaled', 'stepped']);

/** Reads the qualifier ending just before token `i` ("about", "more than", "just over"). */
function readQualifier(tokens: readonly Token[], i: number): { phrase: string; kind: (typeof QUALIFIERS)[number]['kind']; from: number } | null {
  // A quoted qualifier: 'would be "nowhere near" 6,000'.
  if (i > 1 && QUOTES.has(tokens[i - 1].text) && tokens[i - 1].start === tokens[i - 2].end) {
    const q = readQualifier(tokens, i - 1);
    if (q) return { phrase: sliceText(tokens, q.from, i), kind: q.kind, from: q.from };
  }
  const candidates = i > 0 ? QUALIFIER_WORDS.get(tokens[i - 1].lower) : undefined;
  if (!candidates) return null;
  for (const q of candidates) {
    const words = q.words;
    const from = i - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[from + k].lower === words[k];
    // "has gone up to Rs8,500", "fares would go up to $2.40": a rise to a value, not a bound.
    if (ok && q.kind === 'max' && words[0] === 'up' && RISE_VERBS.has(tokens[from - 1]?.lower ?? '')) return null;
    if (ok) return { phrase: sliceText(tokens, from, i), kind: q.kind, from };
  }
  return null;
}

function sliceText(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += (k > from && tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return s;
}

/** True when the number at `i` is not a quantity: a date, year, time, age, ordinal, duration or reference. */
function isNotAQuantity(tokens: readonly Token[], i: number, after: number, value: number, digits: Digits | null, money: boolean): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[after];
  if (digits && next && next.kind === 'word' && adjacent(tokens[after - 1], next) && ORDINAL_SUFFIX.test(next.text)) return true; // 18th
  if (digits && next && next.text === ':' && tokens[after + 1]?.kind === 'number') return true; // 10:30
  if (digits && prev && prev.text === ':' && tokens[i - 2]?.kind === 'number') return true;
  if (next && CLOCK_WORDS.has(next.lower.replace(/\./g, ''))) return true;
  if (next && (next.lower === 'a' || next.lower === 'p') && tokens[after + 1]?.text === '.') return true; // 3 p.m.
  if (prev && MONTHS.has(prev.lower) && prev.capitalised) return true; // June 18
  if (next && MONTHS.has(next.lower) && next.capitalised) return true; // 18 June
  if (prev && AGE_WORDS.has(prev.lower)) return true; // aged 45
  // "raises the retirement age from 62 to 64"
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (tokens[k].lower === 'age' || tokens[k].lower === 'ages') return true;
  if (tokens[i - 2]?.lower === 'age' && prev?.lower === 'of') return true;
  // 45-year-old, 5 years, 18 months, two weeks: a duration or an age, not a count.
  const unitTok = next && DASHES.has(next.text) ? tokens[after + 1] : next;
  if (unitTok && TIME_UNITS.has(unitTok.lower)) return true;
  if (digits && !digits.grouped && !money && value >= 1800 && value <= 2100 && Number.isInteger(value)) {
    // A year unless a counted noun or a unit follows directly.
    if (!(next && (next.text === '%' || next.lower === 'per' || next.lower === 'percent'))) return true;
  }
  // Glued to letters: F-16, COVID-19, 4G, G7.
  if (prev && adjacent(prev, t) && (prev.kind === 'word' || prev.kind === 'acronym')) return true;
  if (prev && DASHES.has(prev.text) && adjacent(prev, t) && tokens[i - 2] && adjacent(tokens[i - 2], prev) && tokens[i - 2].kind === 'word') return true;
  if (digits && next && next.kind === 'word' && adjacent(t, next) && !MULTIPLIERS.has(next.lower) && !CURRENCIES.has(next.text)) return true;
  // Article 5, Resolution 2231, No. 10, Boeing 737.
  if (prev && REFERENCE_WORDS.has(prev.lower) && !money) return true;
  if (prev && prev.text === '.' && tokens[i - 2]?.lower === 'no') return true;
  if (prev && prev.text === '#') return true;
  return false;
}

/** Denominators of fractions, singular and plural: "a third", "two-thirds", "three quarters". */
const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6],
  ['eighth', 8], ['eighths', 8], ['tenth', 10], ['tenths', 10],
]);

/**
 * A fraction at `i` as a percentage: "a third of", "one-third", "two-thirds", "three quarters of", "almost a
 * quarter"; returns [percent, tokens used]. "a third runway" and "a quarter of a century" are not fractions: a
 * singular one needs "of", a hyphen or a qualifier before it ("under a third joined").
 */
function readFraction(tokens: readonly Token[], i: number): [number, number] | null {
  const t = tokens[i];
  const n = t.lower === 'a' ? 1 : NUMBER_WORDS.get(t.lower);
  if (n === undefined || n < 1 || n > 9) return null;
  let k = i + 1;
  const hyphen = tokens[k] !== undefined && DASHES.has(tokens[k].text) && adjacent(t, tokens[k]);
  if (hyphen) k++;
  const d = tokens[k];
  const denominator = d?.kind === 'word' ? FRACTION_WORDS.get(d.lower) : undefined;
  if (denominator === undefined || (n === 1) !== !d.lower.endsWith('s') || n >= denominator) return null;
  const next = tokens[k + 1];
  // "a quarter of a century", "three quarters of an hour": durations.
  if (next?.lower === 'of' && (tokens[k + 2]?.lower === 'a' || tokens[k + 2]?.lower === 'an') && TIME_UNITS.has(tokens[k + 3]?.lower ?? '')) return null;
  if (n === 1 && !hyphen && next?.lower !== 'of' && readQualifier(tokens, i) === null) return null;
  return [Math.round((10000 * n) / denominator) / 100, k + 1 - i];
}

/** What "half a …" can take: "half a million", "half a dozen". */
const HALF_OF: ReadonlyMap<string, number> = new Map([['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]]);

/** A sentence holds a number phrase only with one of these: a number token or a word {@link mayStartNumber} takes. */
export const NUMBER_TRIGGERS = NUMBER_TOKEN | triggerWords([...NUMBER_WORDS.keys(), ...VAGUE.keys(), 'half', ...FRACTION_WORDS.keys()]);

/** True when a number phrase can start at this token: digits, a number word, a vague magnitude, "half", "a dozen". */
export function mayStartNumber(t: Token): boolean {
  return t.kind === 'number' || (t.kind === 'word' && (NUMBER_WORDS.has(t.lower) || VAGUE.has(t.lower) || t.lower === 'half' || t.lower === 'a'))
    || gluedCurrency(t) !== null;
}

/**
 * Reads the number phrase starting at token `i`, if there is one: digits with separators and decimals,
 * words, multipliers ("1.03 million", "£350m"), percentages, ranges ("25-30,000" sharing its magnitude,
 * "6 to 18", "between 1,000 and 2,000"), vague magnitudes ("tens of thousands") and the qualifier before it.
 * Dates, years, clock times, ages, ordinals, durations and references are not number phrases.
 */
export function readNumberPhrase(tokens: readonly Token[], i: number, allowSmallWords: boolean): NumberPhrase | null {
  const t = tokens[i];
  if (!t) return null;
  // Currency before the number: "$2bn", "£350m", "US$5".
  let from = i;
  let currency: string | null = null;
  const prev = tokens[i - 1];
  if (prev && prev.kind === 'punct' && CURRENCIES.has(prev.text)) {
    currency = CURRENCIES.get(prev.text) ?? null;
    from = i - 1;
    if (tokens[i - 2]?.text === 'US' && adjacent(tokens[i - 2], prev)) from = i - 2;
  } else if (prev && t.kind === 'number' && SPACED_CURRENCY_PREFIXES.has(prev.text) && prev.end + 1 === t.start) {
    // "Rs 3,300", "USD 5 billion".
    currency = CURRENCY_PREFIXES.get(prev.text) ?? null;
    from = i - 1;
  }
  const glued = gluedCurrency(t);
  if (glued) currency = glued;
  if ((t.kind === 'word' || t.kind === 'acronym') && (t.text === 'USD' || t.text === 'EUR' || t.text === 'GBP')) return null;

  const vague = readVagueMagnitude(tokens, i);
  const fraction = vague ? null : readFraction(tokens, i);
  let low: number;
  let high: number;
  let to: number;
  let approximate = false;
  let qualifierText: string | null = null;
  if (vague) {
    // "thousands of people": only as a count of something, never alone.
    const after = tokens[i + vague.used];
    if (!(after?.lower === 'of' || after?.kind === 'word')) return null;
    low = vague.low;
    high = vague.high;
    to = i + vague.used;
    approximate = true;
  } else if (fraction) {
    low = high = fraction[0];
    to = i + fraction[1];
  } else if (t.lower === 'half' && tokens[i + 1]?.lower === 'of') {
    return finish(from, i + 1, 50, 50, false, null, '%');
  } else if (t.lower === 'half' && tokens[i + 1]?.lower === 'a' && HALF_OF.has(tokens[i + 2]?.lower ?? '')) {
    // "half a million people", "half a billion dollars".
    low = high = 0.5 * (HALF_OF.get(tokens[i + 2].lower) ?? 0);
    to = i + 3;
  } else {
    const v = glued ? readGluedValue(tokens, i) : readValue(tokens, i, currency !== null);
    if (!v) return null;
    // A small word number counts alone only as a share: "five percent".
    const share = tokens[i + v.used]?.lower === 'percent' || tokens[i + v.used]?.text === '%' || (tokens[i + v.used]?.lower === 'per' && tokens[i + v.used + 1]?.lower === 'cent');
    if (!v.digits && !v.multiplied && v.value < 10 && !allowSmallWords && !share) return null;
    to = i + v.used;
    low = v.value;
    high = v.value;
    // Range: "25-30,000", "6 to 18", "1-2 million", "10,000–15,000".
    const sep = tokens[to];
    const rangeSep = sep && (DASHES.has(sep.text) || sep.lower === 'to' || sep.lower === 'and');
    // "from 6 to 18" is a range, but "rose from 16 to 34" and "rose by 1,000 to 3,621" change one value into another.
    const qualified = readQualifier(tokens, from)?.from ?? from;
    const change = changeOf(tokens, qualified) !== null;
    const between = tokens[from - 1]?.lower === 'between' || (tokens[from - 1]?.lower === 'from' && !change);
    if (rangeSep && !(change && sep.lower === 'to') && (sep.lower !== 'and' || between) && (sep.lower !== 'to' || v.digits !== null || between)) {
      let k = to + 1;
      if (CURRENCIES.has(tokens[k]?.text ?? '')) k++;
      const w = readValue(tokens, k, currency !== null);
      if (w && (v.digits === null) === (w.digits === null)) {
        let lowValue = v.value;
        if (!v.multiplied && w.multiplied) lowValue = v.value * (w.value / (w.digits ? w.digits.value : w.value));
        else if (v.digits && w.digits && !v.digits.grouped && w.digits.grouped) {
          // Shared magnitude: "25-30,000" is 25,000 to 30,000.
          const lead = Number(w.digits.raw.split(',')[0]);
          const scale = w.digits.value / lead;
          if (Number.isInteger(scale) && /^(,000)+$/.test(w.digits.raw.slice(w.digits.raw.indexOf(','))) && v.value <= lead) lowValue = v.value * scale;
        }
        if (lowValue <= w.value) {
          const isYears = v.digits && w.digits && !v.digits.grouped && !w.digits.grouped && v.value >= 1800 && v.value <= 2100 && w.value <= 2100;
          if (isYears) return null;
          low = lowValue;
          high = w.value;
          to = k + w.used;
          if (between && tokens[from - 1]) from -= 1;
        }
      }
    }
    if (isNotAQuantity(tokens, i, to, low === high && !v.multiplied ? high : Number.NaN, v.digits, currency !== null)) return null;
  }

  // A scaled unit after the number: "85 mt" is 85 million tonnes, "2 GW" 2 billion watts.
  const scaled = !fraction && !vague && currency === null && tokens[to]?.kind === 'word' ? SCALED_UNITS.get(tokens[to].lower) : undefined;
  if (scaled) {
    low *= scaled[0];
    high *= scaled[0];
  }

  // Percentages and trailing currency words.
  let unit: string | null = fraction ? '%' : currency;
  const after = tokens[to];
  if (fraction) {
    // A fraction is a share already.
  } else if (after?.text === '%') {
    unit = '%';
    to++;
  } else if (after?.lower === 'percent' || after?.lower === 'pc') {
    unit = '%';
    to++;
  } else if (after?.lower === 'per' && tokens[to + 1]?.lower === 'cent') {
    unit = '%';
    to += 2;
  } else if (!unit && after && CURRENCIES.has(after.lower) && after.kind === 'word') {
    unit = CURRENCIES.get(after.lower) ?? null;
  }

  const q = readQualifier(tokens, from);
  if (q) {
    qualifierText = q.phrase;
    const base = high;
    switch (q.kind) {
      case 'approx':
        approximate = true;
        break;
      case 'min':
        low = low === high ? base : low;
        high = Number.POSITIVE_INFINITY;
        break;
      case 'max':
      case 'farBelow':
        high = base;
        low = Number.NEGATIVE_INFINITY;
        break;
      case 'farAbove':
        low = low === high ? base : low;
        high = Number.POSITIVE_INFINITY;
        break;
      case 'minApprox':
        approximate = true;
        high = Number.POSITIVE_INFINITY;
        break;
      case 'maxApprox':
        approximate = true;
        low = Number.NEGATIVE_INFINITY;
        break;
    }
    from = q.from;
  }
  return finish(from, to, low, high, approximate, qualifierText, unit);
}

function finish(from: number, to: number, low: number, high: number, approximate: boolean,
  qualifier: string | null, unit: string | null): NumberPhrase {
  return {
    from,
    to,
    low: Number.isFinite(low) ? low : null,
    high: Number.isFinite(high) ? high : null,
    approximate,
    qualifier,
    unit,
  };
}
