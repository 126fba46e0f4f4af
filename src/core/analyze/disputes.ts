import type { Dispute, Figure } from '../model';
import { formatFigureValue } from './formatValue';
import { FAR_FACTOR, farQualifier, QUALIFIERS } from '../data/lexicon';
import { SUM_KINDS } from '../data/quantities';

/** The group of a percentage that names no quantity. */
const UNNAMED_SHARE = 'share';

/** How far apart two approximate values may be and still agree. */
const APPROXIMATE_TOLERANCE = 0.05;

/**
 * How far below its value a "nearly"/"almost" figure may be, and above it a "just over" one: "nearly 1,500"
 * is not 1,210, and "just over 98%" is not 99.9%.
 */
const NEAR_BOUND_FACTOR = 0.1;

/** The qualifiers of a bound just short of or just past the value ("nearly", "just over"), lower-cased. */
const NEAR_QUALIFIERS: ReadonlyMap<string, 'maxApprox' | 'minApprox'> = new Map(
  QUALIFIERS.flatMap((q) => (q.kind === 'maxApprox' || q.kind === 'minApprox' ? [[q.phrase, q.kind] as const] : [])),
);

/** A figure as the dispute rules see it: its claimant, group and where it was said. */
export interface DisputeInput extends Figure {
  readonly sentence: number;
}

function bounds(f: Figure): [number, number] {
  let lo = f.low ?? Number.NEGATIVE_INFINITY;
  let hi = f.high ?? Number.POSITIVE_INFINITY;
  // "nowhere near 6,000" denies 6,000; "well over 1,000" is more than a little over.
  const far = farQualifier(f.qualifier);
  if (far === 'farBelow') hi *= FAR_FACTOR;
  if (far === 'farAbove') lo /= FAR_FACTOR;
  const near = f.qualifier ? NEAR_QUALIFIERS.get(f.qualifier.toLowerCase()) : undefined;
  if (near === 'maxApprox' && Number.isFinite(hi)) lo = hi * (1 - NEAR_BOUND_FACTOR);
  if (near === 'minApprox' && Number.isFinite(lo)) hi = lo * (1 + NEAR_BOUND_FACTOR);
  if (f.approximate) {
    lo = lo * (1 - APPROXIMATE_TOLERANCE);
    hi = hi * (1 + APPROXIMATE_TOLERANCE);
  }
  return [lo, hi];
}

const exact = (f: Figure): number | null => (f.low !== null && f.low === f.high ? f.low : null);

/**
 * Finds the figures that are parts of another: two or more exact figures of one group said in one sentence
 * by one claimant that sum to an exact figure of the same group elsewhere (400 + 600 = 1,000).
 * Returns part id → whole id.
 */
export function findParts(figures: readonly DisputeInput[]): Map<string, string> {
  const parts = new Map<string, string>();
  const clusters = new Map<string, DisputeInput[]>();
  for (const f of figures) {
    if (f.subjectGroup === null || exact(f) === null || f.change !== null) continue;
    const key = `${f.sentence}\u0000${f.claimant ?? ''}\u0000${f.subjectGroup}`;
    const cluster = clusters.get(key);
    if (cluster) cluster.push(f);
    else clusters.set(key, [f]);
  }
  // Exact values by group, to find a whole in one look-up per cluster.
  const wholes = new Map<string, DisputeInput[]>();
  for (const g of figures) {
    const v = exact(g);
    if (g.subjectGroup === null || v === null || g.change !== null) continue;
    const key = `${g.subjectGroup}\u0000${v}`;
    const list = wholes.get(key);
    if (list) list.push(g);
    else wholes.set(key, [g]);
  }
  for (const cluster of clusters.values()) {
    if (cluster.length < 2 || cluster.length > 12) continue;
    const sum = cluster.reduce((s, f) => s + (exact(f) ?? 0), 0);
    const whole = wholes.get(`${cluster[0].subjectGroup}\u0000${sum}`)?.find((g) => g.sentence !== cluster[0].sentence);
    if (whole) for (const f of cluster) parts.set(f.id, whole.id);
  }
  return parts;
}

/**
 * Values further apart than this factor count different things ("a neighbourhood of 10,000" and "11.8
 * million affected"), not rival counts of one: the widest real disputes (crowds, death tolls) differ by tens.
 */
export const MAX_RIVAL_RATIO = 100;

/**
 * Decides disputes. A dispute is a group of figures of the same kind of quantity (subject group) and place
 * (figures of two different named cities are not compared), each attributed to a source (the article's own
 * voice is a rival only where {@link mayRival} allows), not a vague magnitude ("thousands"), not a part of another figure nor an earlier value (a change is compared only with
 * changes of the same kind, as its own kind of quantity "change in …"), in which at least
 * two figures from different sources disagree: their ranges do not overlap, neither is the other rounded
 * (£180m for £179m), and they are within a factor of {@link MAX_RIVAL_RATIO}. The dispute lists those
 * figures and the others of the group within that factor of them.
 */
export function findDisputes(figures: readonly Figure[], says: (claimant: string | null) => string, text?: string): Dispute[] {
  const cue = ownVoiceCue(text);
  const groups = new Map<string, Figure[]>();
  const subjects = new Map<string, string>();
  const per = perUnit(text);
  // Two sums named alike: of one kind ("the cost") or rates of one unit ("$29,000 a kilo").
  const sameSum = (f: Figure, g: Figure) => (sumKind(f) !== null && sumKind(f) === sumKind(g)) || (per(f) !== null && per(f) === per(g));
  for (const f of figures) {
    // A percentage of no named quantity ("inflation at about 25 percent", "a 1.4 percent leak rate") is a share
    // of something unnamed: compared with other such shares, never with a share of a named group.
    const group = f.subjectGroup ?? (f.unit === '%' ? UNNAMED_SHARE : null);
    if (group === null || f.partOf !== null || f.change === 'previous' || vague(f)) continue;
    // Changes are compared with changes: "cut by 27%" against "decreased by only 2%".
    const subject = f.change === 'delta' ? `change in ${group}` : group;
    // Sums in different currencies are not compared (no exchange rate is known: "£14 billion ($17 billion)"),
    const key = `${subject}\u0000${group === 'money' ? f.unit ?? '' : ''}`;
    subjects.set(key, subject);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const disputes: Dispute[] = [];
  const seen = new Set<string>();
  for (const [key, list] of groups) {
    const group = subjects.get(key) ?? key;
    // Figures said of different places ("in Los Angeles", "in New York") count different things, and so do
    // sums of different kinds ("€200m in emergency funding", "the cost had reached €8.4bn"); a figure of no
    // named place or kind may be a rival of any. So do rates of different units ("$29,000 a kilo", "$5 a ride").
    // One comparison per place, kind and rate, one when none is named.
    type Facet = [string | null, string | null, string | null];
    const facets = new Map<string, Facet>();
    for (const f of list) {
      const facet: Facet = [f.place, sumKind(f), f.unit === '%' ? null : per(f)];
      if (facet[0] !== null || facet[1] !== null || facet[2] !== null) facets.set(facet.join('\u0000'), facet);
    }
    const fits = (f: Figure, [place, kind, rate]: Facet) =>
      (place === null || f.place === null || f.place === place) && (kind === null || sumKind(f) === null || sumKind(f) === kind)
      && (rate === null || f.unit === '%' || per(f) === null || per(f) === rate);
    const scopes = facets.size === 0 ? [list] : [...facets.values()].map((facet) => list.filter((f) => fits(f, facet)));
    for (const scope of scopes) {
      const rivals = disagreeing(scope, cue, text, sameSum);
      if (rivals.size === 0) continue;
      let lo = Infinity;
      let hi = -Infinity;
      for (const f of rivals) {
        const [a, b] = bounds(f);
        lo = Math.min(lo, Number.isFinite(a) ? a : b);
        hi = Math.max(hi, Number.isFinite(b) ? b : a);
      }
      const members = scope.filter((f) => {
        const [a, b] = bounds(f);
        return rivals.has(f) || (f.claimant !== null && b >= lo / MAX_RIVAL_RATIO && a <= hi * MAX_RIVAL_RATIO);
      });
      const sorted = members.sort((a, b) => a.start - b.start);
      const key = sorted.map((f) => f.id).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      disputes.push({
        id: '',
        subject: group,
        figures: sorted.map((f) => f.id),
        message: `Disputed: ${describeClaims(sorted, says)}`,
      });
    }
  }
  disputes.sort((a, b) => figures.findIndex((f) => f.id === a.figures[0]) - figures.findIndex((f) => f.id === b.figures[0]));
  return disputes.map((d, i) => ({ ...d, id: `d${i + 1}` }));
}

/** What kind of sum a figure of money is ("emergency funding" → aid), or `null` when not known. */
function sumKind(f: Figure): string | null {
  if (f.subjectGroup !== 'money' || f.subject === null) return null;
  const words = f.subject.split(' ');
  return SUM_KINDS.get(words[words.length - 1]) ?? null;
}

/** The unit of a whole number's last significant digit and how many significant digits it has: 180 → 10, 2. */
function precision(v: number): { unit: number; digits: number } | null {
  if (!Number.isInteger(v) || v <= 0 || v > Number.MAX_SAFE_INTEGER) return null;
  let unit = 1;
  let x = v;
  while (x % 10 === 0) {
    x /= 10;
    unit *= 10;
  }
  return { unit, digits: String(x).length };
}

/**
 * True when one exact value is the other rounded: £180m for £179m, 4,500 for 4,460. The rounder value
 * must have two significant digits or more: 4,000 is an estimate of its own, not 3,621 rounded.
 */
export function roundedAlike(f: Figure, g: Figure): boolean {
  const a = exact(f);
  const b = exact(g);
  if (a === null || b === null || f.unit !== g.unit) return false;
  const pa = precision(a);
  const pb = precision(b);
  if (!pa || !pb || pa.unit === pb.unit) return false;
  const [round, fine, p] = pa.unit > pb.unit ? [a, b, pa] : [b, a, pb];
  return p.digits >= 2 && Math.round(fine / p.unit) * p.unit === round;
}

/**
 * The figures that disagree with a figure of another claimant: ranges that do not overlap, not rounded
 * alike, within {@link MAX_RIVAL_RATIO}. For each figure only the nearest rivals above it are examined
 * (figures sorted by lower bound; the next one of another claimant, then the next after that while they
 * are rounded alike), so it is O(n log n) however many figures a long document gives one group.
 */
function disagreeing(list: readonly Figure[], cue: (f: Figure) => boolean, text: string | undefined, sameSum: (f: Figure, g: Figure) => boolean): Set<Figure> {
  const items = list.map((f) => {
    const [lo, hi] = bounds(f);
    // Each unattributed figure stands for itself: two of them may be rivals (see mayRival).
    return { f, lo, hi, claimant: f.claimant ?? `\u0000${f.id}` };
  });
  if (new Set(items.map((i) => i.claimant)).size < 2) return new Set();
  items.sort((a, b) => a.lo - b.lo);
  const out = new Set<Figure>();
  const rival = (x: RivalItem, y: RivalItem) => mayRival(x.f, y.f, cue, text, sameSum) && !roundedAlike(x.f, y.f);
  // Sources against sources, every figure of another source above examined as far as the ratio allows: a long
  // document's many unattributed figures between them (thirty copies of an article) must not hide them.
  scanRivals(items.filter((i) => i.f.claimant !== null), Infinity, rival, out);
  // Pairs with an unattributed figure, which need a cue or a contrast in the text: the nearest few only.
  scanRivals(items, MAX_RIVAL_STEPS, (x, y) => (x.f.claimant === null || y.f.claimant === null) && rival(x, y), out);
  return out;
}

interface RivalItem {
  readonly f: Figure;
  readonly lo: number;
  readonly hi: number;
  readonly claimant: string;
}

/**
 * Adds to `out` each figure of `items` (sorted by lower bound) with a rival above it, and that rival: for each
 * figure the items above its upper bound, within {@link MAX_RIVAL_RATIO}, of another claimant (a run of one
 * claimant's figures skipped in one step), at most `maxSteps` of them.
 */
function scanRivals(items: readonly RivalItem[], maxSteps: number, rival: (x: RivalItem, y: RivalItem) => boolean, out: Set<Figure>): void {
  // nextOther[i]: the first index after i whose claimant differs from item i's.
  const nextOther = new Array<number>(items.length).fill(items.length);
  for (let i = items.length - 2; i >= 0; i--) nextOther[i] = items[i + 1].claimant !== items[i].claimant ? i + 1 : nextOther[i + 1];
  for (const x of items) {
    if (!Number.isFinite(x.hi)) continue;
    // First item whose lower bound is above x's upper bound.
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].lo > x.hi) hi = mid;
      else lo = mid + 1;
    }
    let c = lo < items.length && items[lo].claimant === x.claimant ? nextOther[lo] : lo;
    const limit = Math.max(x.hi, 1) * MAX_RIVAL_RATIO;
    for (let steps = 0; c < items.length && items[c].lo <= limit && steps < maxSteps; steps++) {
      const y = items[c];
      if (y.claimant !== x.claimant && rival(x, y)) {
        out.add(x.f);
        out.add(y.f);
        break;
      }
      c = y.claimant === x.claimant ? nextOther[c] : c + 1;
    }
  }
}

/** How many rivals above a figure are examined at most: keeps a long document's comparison near-linear. */
const MAX_RIVAL_STEPS = 24;

/**
 * How near, in characters, a figure in the article's own voice must stand to a source's figure to be its rival:
 * a few sentences ("Trump claimed $350bn. The real total is $175bn."). Further off, an unattributed figure is
 * more often another quantity of the same kind than a rebuttal.
 */
export const OWN_VOICE_REACH = 700;

/**
 * True when two figures of different claimants may be rivals: two sources always, but two sums of money
 * ({@link CUED_GROUPS}) only when both name one kind of sum ("the cost") or rate ("a kilo"), with a cue in either sentence or with
 * a contrast between them; a source and the article's
 * own voice (or a source the attribution could not name) only when they stand within {@link OWN_VOICE_REACH}
 * of each other and the unattributed figure's sentence says it is an estimate or a rebuttal ({@link RIVAL_CUES}:
 * "the real total is", "put the number closer to", "the prefecture counting 16,000 against …"), or one
 * sentence sets them against each other ({@link contrasted}); two unattributed figures only in that last way.
 */
function mayRival(f: Figure, g: Figure, cue: (f: Figure) => boolean, text: string | undefined, sameSum: (f: Figure, g: Figure) => boolean): boolean {
  if (text !== undefined && partOfOther(text, f, g)) return false;
  if (f.claimant !== null && g.claimant !== null) {
    return !CUED_GROUPS.has(f.subjectGroup ?? '') || sameSum(f, g) || cue(f) || cue(g) || (text !== undefined && contrasted(text, f, g));
  }
  if (f.claimant === null && g.claimant === null) return text !== undefined && contrasted(text, f, g);
  return (Math.abs(f.start - g.start) <= OWN_VOICE_REACH && cue(f.claimant === null ? f : g)) || (text !== undefined && contrasted(text, f, g));
}

/**
 * Groups whose figures of two named sources rival only where the text says so (a cue or a contrast): sums of
 * money are of many different things in one article ("$600 million in the project", "a $857 million bid"),
 * where counts of one kind (deaths, marchers) given by two sources are nearly always of the same thing.
 */
const CUED_GROUPS = new Set(['money']);

/** "40,000 of them", "of whom 72", "around 70 of those": a part of a number named just before. */
const PART_AFTER = /^\s+(?:[a-z-]+\s+){0,2}?of\s+(?:them|those|whom|these)\b/i;
const PART_BEFORE = /\bof\s+(?:whom|which)\s+(?:[a-z-]+\s+){0,2}$/i;
/** How far before a part, in characters, the whole it is a part of may stand: about two sentences. */
const PART_REACH = 320;

/**
 * True when the later of two figures is a part of the earlier: "Around 100,000 people live on the slopes,
 * but only 40,000 of them have left", "105 passengers were on board, of whom 72 were killed".
 */
function partOfOther(text: string, f: Figure, g: Figure): boolean {
  const [a, b] = f.start < g.start ? [f, g] : [g, f];
  if (b.start - a.end > PART_REACH) return false;
  return PART_AFTER.test(text.slice(b.end, b.end + 40)) || PART_BEFORE.test(text.slice(Math.max(0, b.start - 40), b.start));
}

/**
 * Words between two figures of one sentence that set one against the other: "16,000 against the 280,000",
 * "less than the 6,031,777 reported", "one-third, not the 45 per cent". Not "while" (two places, two ships),
 * "rather than" (a value planned or replaced) nor "than a" (another thing compared).
 */
const CONTRAST = /\b(?:against|versus|vs|compared|(?:than|not) (?:the|its|their|his|her))\b/i;
/** How many characters may stand between two figures set against each other in one sentence. */
const CONTRAST_REACH = 160;

/**
 * True when two figures stand in one sentence with a word of contrast between them: "the club's figure of
 * 29,906 compared with 25,660 from Hampshire Police", "the Public Security Ministry gives 38,195, while the
 * National Disaster Management Center gives 30,920". Two figures neither of which the attribution could
 * give a source are rivals only so.
 */
function contrasted(text: string, f: Figure, g: Figure): boolean {
  const [a, b] = f.start < g.start ? [f, g] : [g, f];
  if (b.start - a.end > CONTRAST_REACH || b.start < a.end) return false;
  const gap = text.slice(a.end, b.start);
  return !/[.!?]["”’)]?\s|\n/.test(gap) && CONTRAST.test(gap);
}

/**
 * Words that set a figure against another or say it is an estimate: "the real number", "put the toll at",
 * "disputed", "far lower", "against the 280,000 put forward by".
 */
const RIVAL_CUES = new Set(`dispute disputes disputed disputing contradict contradicts contradicted reject rejects rejected deny
  denies denied insist insists insisted real true actual actually really estimate estimates estimated estimation count counts
  counted counting tally reckoning measure put puts putting against compared whereas instead closer lower higher exaggerated
  inflated underestimate underestimated overestimate overestimated understated overstated not only just`.split(/\s+/));

/** The sentence around an offset of the text: back to the last full stop, forward to the next. */
function sentenceAround(text: string, at: number): string {
  // "U.S. unemployment": a capital's full stop after a full stop or a space is an abbreviation's.
  const end = (k: number) => /[.!?]/.test(text[k] ?? '') && /\s/.test(text[k + 1] ?? ' ')
    && !(text[k] === '.' && /[A-Z]/.test(text[k - 1] ?? '') && /[.\s]/.test(text[k - 2] ?? ' '));
  let a = at;
  while (a > 0 && text[a - 1] !== '\n' && !end(a - 1) && at - a < 600) a--;
  let b = at;
  while (b < text.length && text[b] !== '\n' && !end(b) && b - at < 600) b++;
  return text.slice(a, b);
}

/** Whether a figure's sentence holds a word of {@link RIVAL_CUES}; false for every figure when there is no text. */
function ownVoiceCue(text: string | undefined): (f: Figure) => boolean {
  if (text === undefined) return () => false;
  const memo = new Map<number, boolean>();
  return (f) => {
    let v = memo.get(f.start);
    if (v === undefined) {
      v = sentenceAround(text, f.start).toLowerCase().split(/[^a-z]+/).some((w) => RIVAL_CUES.has(w));
      memo.set(f.start, v);
    }
    return v;
  };
}

/** Units a rate is given per: "a day", "per litre", "an hour", "a kilo". */
const RATE_UNITS = new Set(`day days week weeks month months year years annum hour hours minute minutes second
  kilo kilogram kg kilogramme gram tonne ton barrel litre liter gallon metre meter mile kilometre kilometer acre hectare
  ride trip journey flight bag head person capita household family student pupil patient worker employee unit share
  pack bottle vote seat room night visit game match`.split(/\s+/));

/**
 * The unit a figure is a rate of, from the words just after it ("$29,000 a kilo", "5,000 barrels of oil a day",
 * "£1.73 a week", "Rs3,300 per bag", "daily"): `null` for a total, and for every figure when there is no text.
 */
function perUnit(text: string | undefined): (f: Figure) => string | null {
  if (text === undefined) return () => null;
  return (f) => {
    const m = /^(?:\s+[a-z-]+){0,3}?\s+(?:a|an|per|each|every)\s+(?:square\s+|cubic\s+)?([a-z]+)\b/i.exec(text.slice(f.end, f.end + 60));
    if (m) {
      const unit = m[1].toLowerCase().replace(/s$/, '');
      if (RATE_UNITS.has(unit) || RATE_UNITS.has(m[1].toLowerCase())) return unit;
    }
    const adverb = /^(?:\s+[a-z-]+){0,2}?\s+(daily|weekly|monthly|annually|yearly|hourly)\b/i.exec(text.slice(f.end, f.end + 40));
    return adverb ? ({ daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', hourly: 'hour' } as Record<string, string>)[adverb[1].toLowerCase()] ?? null : null;
  };
}

/** "thousands", "hundreds of thousands", "scores": an order of magnitude, not an estimate to set against another. */
const VAGUE_FIGURE = /^(?:[a-z]+ )?(?:tens|dozens|scores|hundreds|thousands|millions|billions|trillions)\b/i;
const vague = (f: Figure): boolean => VAGUE_FIGURE.test(f.text);

const MAX_CLAIMS_IN_MESSAGE = 6;

/** "Police say 10,000; Organisers say 50,000": each source and value once, in document order. */
export function describeClaims(figures: readonly Figure[], says: (claimant: string | null) => string): string {
  const parts = new Set<string>();
  for (const f of figures) {
    parts.add(`${says(f.claimant)} ${formatFigureValue(f)}`);
  }
  const list = [...parts];
  return list.length > MAX_CLAIMS_IN_MESSAGE
    ? `${list.slice(0, MAX_CLAIMS_IN_MESSAGE).join('; ')}; and ${list.length - MAX_CLAIMS_IN_MESSAGE} more`
    : list.join('; ');
}
