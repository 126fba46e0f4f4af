import * as vscode from 'vscode';
import type { AnnotationAnchors } from '../../host/annotationAnchors';
import type { AnnotationStore } from '../../host/annotationStore';
import type { Config } from '../../host/config';
import { Debouncer } from '../../host/debouncer';
import type { Logger } from '../../host/logger';
import { isMarkdown } from '../../host/modelCache';
import { toRange } from '../../host/ranges';
import { THREAD_KINDS, type Annotation, type Reply } from '../../core';
import type { AnchoredAnnotation } from '../../host/annotationAnchors';

/** The comment controller's id: menus on its threads use it in their `when` clauses. */
export const NOTE_CONTROLLER = 'marginalia.notes';

interface Shown {
  readonly thread: vscode.CommentThread;
  /** What the thread shows, to skip updates that change nothing. */
  key: string;
}

/** A dispute review's verdict as its thread's first comment is labelled. */
const VERDICT: Record<string, string> = { confirmed: 'dispute confirmed', 'not-a-dispute': 'not a dispute', resolved: 'dispute resolved' };

/**
 * Shows each note and each dispute review as a comment thread on its span (VS Code's Comments API): in the
 * editor's gutter and the Comments panel, its replies below it, with Reply (in a trusted workspace), Edit
 * and Delete. The threads are a view of the annotation files; they are never the store. Orphans have no
 * span and are not shown here.
 */
export class NoteThreads implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController(NOTE_CONTROLLER, 'Marginalia notes');
  private readonly shown = new Map<string, Map<string, Shown>>();
  /** The annotation each thread shows, for a reply typed into it. */
  private readonly parents = new WeakMap<vscode.CommentThread, string>();
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
      // Replying writes a file: offered once the workspace is trusted.
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        for (const threads of this.shown.values()) for (const s of threads.values()) s.thread.canReply = true;
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
      for (const item of this.anchors.for(document)) {
        const { annotation: a, anchor } = item;
        if (!THREAD_KINDS.includes(a.body.kind) || anchor.status !== 'anchored') continue;
        seen.add(a.id);
        const range = toRange(document, anchor);
        const key = [a.modified, a.body.value, a.creator.name, a.body.fields?.status, anchor.needsReview, ...item.replies.map((r) => `${r.id}\u0001${r.modified}\u0001${r.body.value}`)].join('\u0000');
        const existing = current.get(a.id);
        if (existing) {
          if (!existing.thread.range?.isEqual(range)) existing.thread.range = range;
          if (existing.key !== key) {
            existing.thread.comments = this.comments(item);
            existing.key = key;
          }
          continue;
        }
        const thread = this.controller.createCommentThread(document.uri, range, this.comments(item));
        thread.canReply = vscode.workspace.isTrusted;
        thread.label = a.body.kind === 'note' ? 'Marginalia note' : 'Marginalia dispute review';
        thread.contextValue = a.body.kind === 'note' ? 'marginalia-note' : 'marginalia-dispute-review';
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        this.parents.set(thread, a.id);
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

  /** The thread's comments: the annotation, then its replies. */
  private comments(item: AnchoredAnnotation): vscode.Comment[] {
    return [this.rootComment(item.annotation, item.anchor.status === 'anchored' && item.anchor.needsReview), ...item.replies.map((r) => this.replyComment(r))];
  }

  private rootComment(a: Annotation, needsReview: boolean): vscode.Comment & { readonly annotationId: string } {
    const verdict = a.body.kind === 'dispute-review' ? VERDICT[a.body.fields?.status ?? ''] ?? 'dispute review' : undefined;
    const labels = [verdict, needsReview ? 'its place needs review: please check' : undefined].filter((l) => l !== undefined);
    // A review without a comment still shows its verdict as the body.
    const value = a.body.value.trim() === '' && verdict ? verdict : a.body.value;
    return comment(a.id, value, a.creator.name, a.modified, a.body.kind === 'note' ? 'marginalia-note' : 'marginalia-dispute-review', labels.join(' · '));
  }

  private replyComment(r: Reply): vscode.Comment & { readonly annotationId: string } {
    return comment(r.id, r.body.value, r.creator.name, r.modified, 'marginalia-reply', 'reply');
  }

  /** The id of the annotation a thread shows (for a reply typed into it). */
  parentOf(thread: vscode.CommentThread): string | undefined {
    return this.parents.get(thread);
  }

  private clear(uri: string): void {
    for (const s of this.shown.get(uri)?.values() ?? []) s.thread.dispose();
    this.shown.delete(uri);
  }

  /** The threads shown for a document (for tests): annotation id → range. */
  threadsOf(uri: vscode.Uri): Map<string, vscode.Range | undefined> {
    return new Map([...(this.shown.get(uri.toString()) ?? new Map<string, Shown>())].map(([id, s]) => [id, s.thread.range]));
  }

  /** The thread shown for an annotation of a document (for tests and the reply command). */
  threadOf(uri: vscode.Uri, id: string): vscode.CommentThread | undefined {
    return this.shown.get(uri.toString())?.get(id)?.thread;
  }

  dispose(): void {
    for (const uri of [...this.shown.keys()]) this.clear(uri);
    for (const s of this.subscriptions) s.dispose();
  }
}

/** One comment: the text as untrusted Markdown (no HTML, no command links), its author and time. */
function comment(id: string, value: string, author: string, modified: string, contextValue: string, label: string): vscode.Comment & { readonly annotationId: string } {
  const body = new vscode.MarkdownString(value);
  body.isTrusted = false;
  body.supportHtml = false;
  const time = new Date(modified);
  return {
    annotationId: id,
    body,
    mode: vscode.CommentMode.Preview,
    author: { name: author },
    contextValue,
    ...(Number.isNaN(time.getTime()) ? {} : { timestamp: time }),
    ...(label ? { label } : {}),
  };
}

/** The annotation id behind a command's argument: an id, or a comment from a Marginalia note thread. */
export function annotationIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'object' && arg !== null && typeof (arg as { annotationId?: unknown }).annotationId === 'string') return (arg as { annotationId: string }).annotationId;
  return undefined;
}
