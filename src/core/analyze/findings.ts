import type { ActorKind, Dispute, Figure, Finding, Severity } from '../model';
import { formatFigureValue } from './formatValue';

/** How a claim is worded in messages: "Russia says", "Police say", "the article states". */
export type Says = (claimant: string | null) => string;

/** Builds {@link Says} from a look-up of actors by id. */
export function makeSays(lookup: (id: string) => { readonly name: string; readonly kind: ActorKind } | undefined): Says {
  return (claimant) => {
    if (claimant === null) return 'the article states';
    const actor = lookup(claimant);
    // "Police say", "Reports say", but "the Government says".
    const plural = actor?.kind === 'group' && (/s$/.test(actor.name) || /^(police|media|state media)$/i.test(actor.name));
    return actor ? `${actor.name} ${plural ? 'say' : 'says'}` : `${claimant} says`;
  };
}

const MAX_RELATED = 20;

/** One finding per figure of each dispute, in document order, each with its rival claims as related places. */
export function buildFindings(disputes: readonly Dispute[], figures: readonly Figure[], severity: Severity, says: Says): Finding[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  /** The related place of each figure ("Police say 10,000" at its span), made once and shared by the findings that cite it. */
  const relatedOf = new Map<string, Finding['related'][number]>();
  const relatedTo = (g: Figure): Finding['related'][number] => {
    let entry = relatedOf.get(g.id);
    if (entry === undefined) relatedOf.set(g.id, (entry = { start: g.start, end: g.end, message: `${says(g.claimant)} ${formatFigureValue(g)}` }));
    return entry;
  };
  const findings: Finding[] = [];
  for (const d of disputes) {
    for (const id of d.figures) {
      const f = byId.get(id);
      if (!f) continue;
      const related: Array<Finding['related'][number]> = [];
      for (const other of d.figures) {
        if (related.length >= MAX_RELATED) break;
        const g = other === id ? undefined : byId.get(other);
        if (g) related.push(relatedTo(g));
      }
      findings.push({ code: 'disputed-figure', severity, message: d.message, start: f.start, end: f.end, figureId: f.id, disputeId: d.id, related });
    }
  }
  // Document order: the Problems panel reads top-down, and VS Code keeps only the first 1,000 per file.
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return findings;
}
