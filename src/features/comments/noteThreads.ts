import * as vscode from 'vscode';
import type { AnnotationAnchors } from '../../host/annotationAnchors';
import type { AnnotationStore } from '../../host/annotationStore';
import type { Config } from '../../host/config';
import { Debouncer } from '../../host/debouncer';
import type { Logger } from '../../host/logger';
import { isMarkdown } from '../../host/modelCache';
import { toRange } from '../../host/ranges';

/** The comment controller's id: menus on its threads use it in their `when` clauses. */
export const NOTE_CONTROLLER = 'marginalia.notes';

interface Shown {
  readonly thread: vscode.CommentThread;
  /** What the thread shows, to skip updates that change nothing. */
  key: string;
}

/**
 * Shows each note annotation as a comment thread on its span (VS Code's Comments API): in the editor's
 * gutter and the Comments panel, with Edit and Delete on each comment. The threads are a view of the
 * annotation files; they are never the store. Orphans have no span and are not shown here.
 */
export class NoteThreads implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController(NOTE_CONTROLLER, 'Marginalia notes');
  private readonly shown = new Map<string, Map<string, Shown>>();
  private readonly debouncer = new Debouncer();
  private readonly subscriptions: vscode.Disposable[] = [this.controller, this.debouncer];

  constructor(private readonly anchors: AnnotationAnchors, store: AnnotationStore, private readonly config: Config, private readonly log: Logger) {
    this.subscriptions.push(
      store.onDidChange(() => this.refreshAll()),
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !isMarkdown(e.document)) return;
        this.debouncer.schedule(e.document.uri.toString(), this.config.debounceMs(), () => this.refresh(e.document));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('marginalia')) this.refreshAll();
      }),
    );
    void anchors.ready.then(() => this.refreshAll());
  }

  private refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.refresh(d);
  }

  private refresh(document: vscode.TextDocument): void {
    if (!isMarkdown(document) || document.isClosed) return;
    const uri = document.uri.toString();
    if (!this.config.enabled(document.uri) || !this.config.commentThreads(document.uri)) {
      this.clear(uri);
      return;
    }
    try {
      const current = this.shown.get(uri) ?? new Map<string, Shown>();
      const seen = new Set<string>();
      for (const { annotation: a, anchor } of this.anchors.for(document)) {
        if (a.body.kind !== 'note' || anchor.status !== 'anchored') continue;
        seen.add(a.id);
        const range = toRange(document, anchor);
        const key = `${a.modified}\u0000${a.body.value}\u0000${a.creator.name}\u0000${anchor.needsReview}`;
        const existing = current.get(a.id);
        if (existing) {
          if (!existing.thread.range?.isEqual(range)) existing.thread.range = range;
          if (existing.key !== key) {
            existing.thread.comments = [this.comment(a.id, a.body.value, a.creator.name, a.modified, anchor.needsReview)];
            existing.key = key;
          }
          continue;
        }
        const thread = this.controller.createCommentThread(document.uri, range, [this.comment(a.id, a.body.value, a.creator.name, a.modified, anchor.needsReview)]);
        thread.canReply = false;
        thread.label = 'Marginalia note';
        thread.contextValue = 'marginalia-note';
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        current.set(a.id, { thread, key });
      }
      for (const [id, s] of current) {
        if (seen.has(id)) continue;
        s.thread.dispose();
        current.delete(id);
      }
      if (current.size > 0) this.shown.set(uri, current);
      else this.shown.delete(uri);
    } catch (error) {
      this.log.error('Could not show the notes as comments', error);
    }
  }

  /** One comment: the note as untrusted Markdown (no HTML, no command links), its author and time. */
  private comment(id: string, value: string, author: string, modified: string, needsReview: boolean): vscode.Comment & { readonly annotationId: string } {
    const body = new vscode.MarkdownString(value);
    body.isTrusted = false;
    body.supportHtml = false;
    const time = new Date(modified);
    return {
      annotationId: id,
      body,
      mode: vscode.CommentMode.Preview,
      author: { name: author },
      contextValue: 'marginalia-note',
      ...(Number.isNaN(time.getTime()) ? {} : { timestamp: time }),
      ...(needsReview ? { label: 'its place needs review: please check' } : {}),
    };
  }

  private clear(uri: string): void {
    for (const s of this.shown.get(uri)?.values() ?? []) s.thread.dispose();
    this.shown.delete(uri);
  }

  /** The threads shown for a document (for tests): annotation id → range. */
  threadsOf(uri: vscode.Uri): Map<string, vscode.Range | undefined> {
    return new Map([...(this.shown.get(uri.toString()) ?? new Map<string, Shown>())].map(([id, s]) => [id, s.thread.range]));
  }

  dispose(): void {
    for (const uri of [...this.shown.keys()]) this.clear(uri);
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The annotation id behind a command's argument: an id, or a comment from a Marginalia note thread. */
export function annotationIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'object' && arg !== null && typeof (arg as { annotationId?: unknown }).annotationId === 'string') return (arg as { annotationId: string }).annotationId;
  return undefined;
}
