import type { Actor, DocumentModel, Figure, Mention } from './model';

/** What stands at an offset: an actor mention or a figure. */
export type Hit =
  | { readonly kind: 'actor'; readonly actor: Actor; readonly mention: Mention }
  | { readonly kind: 'figure'; readonly figure: Figure };

interface Entry {
  readonly start: number;
  readonly end: number;
  readonly hit: Hit;
}

/** Finds what stands at an offset by binary search over the model's sorted spans (no scan per lookup). */
export class ModelIndex {
  private readonly entries: Entry[];
  private readonly actors: Map<string, Actor>;
  private readonly figures: Map<string, Figure>;

  constructor(readonly model: DocumentModel) {
    const entries: Entry[] = [];
    for (const actor of model.actors) for (const mention of actor.mentions) entries.push({ start: mention.start, end: mention.end, hit: { kind: 'actor', actor, mention } });
    for (const figure of model.figures) entries.push({ start: figure.start, end: figure.end, hit: { kind: 'figure', figure } });
    entries.sort((a, b) => a.start - b.start || b.end - a.end);
    this.entries = entries;
    this.actors = new Map(model.actors.map((a) => [a.id, a]));
    this.figures = new Map(model.figures.map((f) => [f.id, f]));
  }

  /** The mention or figure covering `offset` (start inclusive, end inclusive so a cursor just after a word counts). */
  at(offset: number): Hit | undefined {
    let lo = 0;
    let hi = this.entries.length - 1;
    let candidate = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid].start <= offset) {
        candidate = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = candidate; i >= 0 && i >= candidate - 4; i--) {
      const e = this.entries[i];
      if (e.start <= offset && offset <= e.end) return e.hit;
    }
    return undefined;
  }

  actor(id: string): Actor | undefined {
    return this.actors.get(id);
  }

  figure(id: string): Figure | undefined {
    return this.figures.get(id);
  }
}
