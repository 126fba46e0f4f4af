import type { Dispute, Figure } from '../model';
import { formatFigureValue } from './formatValue';

/** How far apart two approximate values may be and still agree. */
const APPROXIMATE_TOLERANCE = 0.1;

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

/** True when two figures' value ranges overlap: "25-30,000" and "25,000-30,000" agree; 6,000 and 25,000 do not. */
export function valuesAgree(a: Figure, b: Figure): boolean {
  const [a0, a1] = bounds(a);
  const [b0, b1] = bounds(b);
  return a0 <= b1 && b0 <= a1;
}

const exact = (f: Figure): number | null => (f.low !== null && f.low === f.high ? f.low : null);

/**
 * Finds the figures that are parts of another: two or more exact figures of one group said in one sentence
 * by one claimant that sum to an exact figure of the same group elsewhere (1,000 + 5,000 = 6,000).
 * Returns part id → whole id.
 */
export function findParts(figures: readonly DisputeInput[]): Map<string, string> {
  const parts = new Map<string, string>();
  const clusters = new Map<string, DisputeInput[]>();
  for (const f of figures) {
    if (f.subjectGroup === null || exact(f) === null) continue;
    const key = `${f.sentence}\u0000${f.claimant ?? ''}\u0000${f.subjectGroup}`;
    clusters.set(key, [...(clusters.get(key) ?? []), f]);
  }
  for (const cluster of clusters.values()) {
    if (cluster.length < 2) continue;
    const sum = cluster.reduce((s, f) => s + (exact(f) ?? 0), 0);
    const whole = figures.find((g) => g.subjectGroup === cluster[0].subjectGroup && g.sentence !== cluster[0].sentence &&
      exact(g) !== null && Math.abs((exact(g) ?? 0) - sum) <= sum * 0.01);
    if (whole) for (const f of cluster) parts.set(f.id, whole.id);
  }
  return parts;
}

/**
 * Decides disputes. A dispute is a group of figures of the same kind of quantity (subject group), each
 * attributed to a source (the article's own voice is not a rival), not a part of another figure, in which
 * at least two figures from different sources have value ranges that do not overlap.
 */
export function findDisputes(figures: readonly Figure[], says: (claimant: string | null) => string): Dispute[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.subjectGroup === null || f.claimant === null || f.partOf !== null) continue;
    groups.set(f.subjectGroup, [...(groups.get(f.subjectGroup) ?? []), f]);
  }
  const disputes: Dispute[] = [];
  for (const [group, list] of groups) {
    const claimants = new Set(list.map((f) => f.claimant));
    if (claimants.size < 2) continue;
    let disagree = false;
    for (let i = 0; i < list.length && !disagree; i++) {
      for (let j = i + 1; j < list.length && !disagree; j++) {
        disagree = list[i].claimant !== list[j].claimant && !valuesAgree(list[i], list[j]);
      }
    }
    if (!disagree) continue;
    const sorted = [...list].sort((a, b) => a.start - b.start);
    disputes.push({
      id: '',
      subject: group,
      figures: sorted.map((f) => f.id),
      message: `Disputed: ${describeClaims(sorted, says)}`,
    });
  }
  disputes.sort((a, b) => figures.findIndex((f) => f.id === a.figures[0]) - figures.findIndex((f) => f.id === b.figures[0]));
  return disputes.map((d, i) => ({ ...d, id: `d${i + 1}` }));
}

/** "Russia says 6,000; Ukraine says 25,000–30,000": each source and value once, in document order. */
export function describeClaims(figures: readonly Figure[], says: (claimant: string | null) => string): string {
  const parts: string[] = [];
  for (const f of figures) {
    const text = `${says(f.claimant)} ${formatFigureValue(f)}`;
    if (!parts.includes(text)) parts.push(text);
  }
  return parts.join('; ');
}
