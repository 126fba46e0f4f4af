import type { Dispute, Figure } from '../model';
import { formatFigureValue } from './formatValue';

/** How far apart two approximate values may be and still agree. */
const APPROXIMATE_TOLERANCE = 0.05;

/** A figure as the dispute rules see it: its claimant, group and where it was said. */
export interface DisputeInput extends Figure {
  readonly sentence: number;
}

function bounds(f: Figure): [number, number] {
  let lo = f.low ?? Number.NEGATIVE_INFINITY;
  let hi = f.high ?? Number.POSITIVE_INFINITY;
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
    if (f.subjectGroup === null || exact(f) === null) continue;
    const key = `${f.sentence}\u0000${f.claimant ?? ''}\u0000${f.subjectGroup}`;
    const cluster = clusters.get(key);
    if (cluster) cluster.push(f);
    else clusters.set(key, [f]);
  }
  // Exact values by group, to find a whole in one look-up per cluster.
  const wholes = new Map<string, DisputeInput[]>();
  for (const g of figures) {
    const v = exact(g);
    if (g.subjectGroup === null || v === null) continue;
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
 * Decides disputes. A dispute is a group of figures of the same kind of quantity (subject group) and place
 * (figures of two different named cities are not compared), each attributed to a source (the article's own
 * voice is not a rival), not a part of another figure, in which at least two figures from different
 * sources have value ranges that do not overlap.
 */
export function findDisputes(figures: readonly Figure[], says: (claimant: string | null) => string): Dispute[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.subjectGroup === null || f.claimant === null || f.partOf !== null) continue;
    const list = groups.get(f.subjectGroup);
    if (list) list.push(f);
    else groups.set(f.subjectGroup, [f]);
  }
  const disputes: Dispute[] = [];
  const seen = new Set<string>();
  for (const [group, list] of groups) {
    // Figures said of different places ("in Los Angeles", "in New York") count different things; a figure
    // of no named place may be a rival of any. One comparison per place, and one when no place is named.
    const places = [...new Set(list.map((f) => f.place).filter((p): p is string => p !== null))];
    const scopes = places.length === 0 ? [list] : places.map((p) => list.filter((f) => f.place === p || f.place === null));
    for (const scope of scopes) {
      if (!someRivalsDisagree(scope)) continue;
      const sorted = [...scope].sort((a, b) => a.start - b.start);
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

/**
 * True when two figures from different claimants have ranges that do not overlap. Linear: two ranges
 * fail to overlap exactly when one's upper bound is below the other's lower bound, so it suffices to
 * compare, per claimant, the lowest upper bound with the highest lower bound of any other claimant.
 */
function someRivalsDisagree(list: readonly Figure[]): boolean {
  const perClaimant = new Map<string, { minHigh: number; maxLow: number }>();
  for (const f of list) {
    const [lo, hi] = bounds(f);
    const c = perClaimant.get(f.claimant ?? '') ?? { minHigh: Infinity, maxLow: -Infinity };
    perClaimant.set(f.claimant ?? '', { minHigh: Math.min(c.minHigh, hi), maxLow: Math.max(c.maxLow, lo) });
  }
  if (perClaimant.size < 2) return false;
  // The two highest lower bounds of distinct claimants.
  let best: [string, number] | null = null;
  let second: [string, number] | null = null;
  for (const [claimant, { maxLow }] of perClaimant) {
    if (!best || maxLow > best[1]) {
      second = best;
      best = [claimant, maxLow];
    } else if (!second || maxLow > second[1]) second = [claimant, maxLow];
  }
  for (const [claimant, { minHigh }] of perClaimant) {
    const other = best && best[0] !== claimant ? best : second;
    if (other && minHigh < other[1]) return true;
  }
  return false;
}

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
