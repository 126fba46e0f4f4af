/**
 * What the workspace view lists, and its filter: pure data, no `vscode`, so it is tested in plain mocha.
 */

/** One row under a document: a person's annotation, or a dispute the analysis found. */
export interface WorkspaceItem {
  readonly kind: 'note' | 'actor' | 'interest' | 'claim' | 'dispute-review' | 'dispute';
  readonly label: string;
  readonly author: string | null;
  /** A review's status, or "orphan" / "needs review" for an annotation that lost or moved its place. */
  readonly status: string | null;
  readonly id: string | null;
  /** Where it stands in the document, or null for an orphan. */
  readonly start: number | null;
  readonly end: number | null;
  /** The quoted words, for the tooltip and the text filter. */
  readonly quote: string;
}

/** A parsed filter: words to find, and `author:`, `kind:` and `status:` terms (all must hold). */
export interface WorkspaceFilter {
  readonly words: readonly string[];
  readonly author?: string;
  readonly kind?: string;
  readonly status?: string;
}

/** Reads "author:ada kind:note oil" as a filter. Quoted values keep their spaces: author:"Ada Lovelace". */
export function parseFilter(query: string): WorkspaceFilter {
  const words: string[] = [];
  const out: { author?: string; kind?: string; status?: string } = {};
  for (const m of query.matchAll(/(\w+):"([^"]*)"|(\w+):(\S+)|"([^"]*)"|(\S+)/g)) {
    const key = (m[1] ?? m[3])?.toLowerCase();
    const value = (m[2] ?? m[4] ?? '').toLowerCase();
    if (key === 'author' || key === 'kind' || key === 'status') out[key] = value;
    else words.push((m[5] ?? m[6] ?? m[0]).toLowerCase());
  }
  return { words, ...out };
}

/** True when an item passes the filter (case-insensitive; words match the label, the quote or the author). */
export function matchesFilter(item: WorkspaceItem, filter: WorkspaceFilter): boolean {
  if (filter.author !== undefined && !(item.author ?? '').toLowerCase().includes(filter.author)) return false;
  if (filter.kind !== undefined && !item.kind.startsWith(filter.kind)) return false;
  if (filter.status !== undefined && !(item.status ?? '').toLowerCase().startsWith(filter.status)) return false;
  const haystack = `${item.label}\n${item.quote}\n${item.author ?? ''}`.toLowerCase();
  return filter.words.every((w) => haystack.includes(w));
}

/** "3 annotations, 1 orphan, 2 disputes": the counts a document row shows. */
export function describeCounts(items: readonly WorkspaceItem[]): string {
  const annotations = items.filter((i) => i.kind !== 'dispute').length;
  const orphans = items.filter((i) => i.status === 'orphan').length;
  const disputes = items.filter((i) => i.kind === 'dispute').length;
  const part = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);
  return [...part(annotations, 'annotation', 'annotations'), ...part(orphans, 'orphan', 'orphans'), ...part(disputes, 'dispute', 'disputes')].join(', ');
}
