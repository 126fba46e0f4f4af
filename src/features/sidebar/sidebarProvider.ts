import * as vscode from 'vscode';
import type { Config } from '../../host/config';
import { Debouncer } from '../../host/debouncer';
import { Commands, Views } from '../../host/ids';
import type { AnnotatedModels } from '../../host/annotatedModels';
import type { AnnotationStore } from '../../host/annotationStore';
import type { Logger } from '../../host/logger';
import { isMarkdown, type ModelCache } from '../../host/modelCache';
import { parseFromWebview, type ToWebview } from '../../shared/protocol';
import { revealRange } from '../commands/revealRange';
import { buildSnapshot } from './snapshot';
import { INLINE_LIMIT as LARGE_DOCUMENT } from '../../host/analyzer';
import { documentLength } from '../../host/ranges';
import { sidebarHtml } from './sidebarHtml';

/**
 * The "Actors & Claims" webview view. The webview posts `ready`; the host answers with a full snapshot of
 * the active Markdown document and sends a new one when the editor or the text changes.
 */
/** Schemes of the editors inside workbench widgets (a comment's reply box, the SCM input, the Output panel). */
const WIDGET_SCHEMES = new Set(['comment', 'vscode-scm', 'output']);

export class SidebarProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private generation = 0;
  /** The Markdown document shown: kept while focus is in the sidebar itself. */
  private documentUri: string | undefined;
  private readonly debouncer = new Debouncer();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Listeners of the current view, released when it is disposed (the view can be resolved again later). */
  private viewSubscriptions: vscode.Disposable[] = [];
  private readonly resolved = new vscode.EventEmitter<void>();
  /** Fires when the view has been resolved and has received its first snapshot (used by tests). */
  readonly onDidResolve = this.resolved.event;
  private readonly posted = new vscode.EventEmitter<ToWebview>();
  /** Fires with each message posted to the webview (used by tests). */
  readonly onDidPost = this.posted.event;
  /** The last message posted to the webview. */
  lastPosted: ToWebview | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly cache: ModelCache,
    private readonly config: Config,
    private readonly log: Logger,
    private readonly models: AnnotatedModels,
    store: AnnotationStore,
  ) {
    this.trackEditor(vscode.window.activeTextEditor);
    this.subscriptions.push(
      store.onDidChange(() => void this.post()),
      this.debouncer,
      this.resolved,
      this.posted,
      vscode.window.onDidChangeActiveTextEditor((e) => {
        this.trackEditor(e);
        void this.post();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.documentUri && e.contentChanges.length > 0) {
          this.debouncer.schedule('sidebar', this.config.debounceMs(), () => void this.post());
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === this.documentUri) {
          this.documentUri = undefined;
          void this.post();
        }
      }),
      cache.onDidInvalidate(() => void this.post()),
    );
  }

  private trackEditor(editor: vscode.TextEditor | undefined): void {
    if (editor && isMarkdown(editor.document)) this.documentUri = editor.document.uri.toString();
    // Typing a reply in a comment thread (or a commit message, or reading the Output panel) focuses an editor of
    // the workbench's own, not a document: the sidebar keeps showing the document it was about.
    else if (editor && !WIDGET_SCHEMES.has(editor.document.uri.scheme)) this.documentUri = undefined;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const mediaRoot = vscode.Uri.joinPath(this.extensionUri, 'dist');
    view.webview.options = { enableScripts: true, localResourceRoots: [mediaRoot, vscode.Uri.joinPath(this.extensionUri, 'media')] };
    view.webview.html = sidebarHtml(view.webview, this.extensionUri);
    for (const s of this.viewSubscriptions) s.dispose();
    this.viewSubscriptions = [
      view.webview.onDidReceiveMessage((raw) => this.receive(raw)),
      view.onDidChangeVisibility(() => void this.post()),
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
        for (const s of this.viewSubscriptions) s.dispose();
        this.viewSubscriptions = [];
      }),
    ];
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseFromWebview(raw);
    if (!message) {
      this.log.info('Ignored a malformed message from the sidebar');
      return;
    }
    try {
      switch (message.type) {
        case 'ready':
          this.ready = true;
          await this.post();
          this.resolved.fire();
          return;
        case 'reveal':
          await revealRange(message.uri, message.start, message.end);
          return;
        case 'deleteAnnotation':
          await vscode.commands.executeCommand(Commands.deleteAnnotation, message.id);
          return;
        case 'reattachAnnotation':
          await vscode.commands.executeCommand(Commands.reattachAnnotation, message.id);
          return;
        case 'editAnnotation':
          await vscode.commands.executeCommand(Commands.editAnnotation, message.id);
          return;
        case 'replyToAnnotation':
          await vscode.commands.executeCommand(Commands.replyToAnnotation, { id: message.id });
          return;
        default: {
          const never: never = message;
          return never;
        }
      }
    } catch (error) {
      this.log.error('Sidebar action failed', error);
    }
  }

  /** Sends the current snapshot (or the reason there is none) to the webview; a later call supersedes it. */
  async post(): Promise<void> {
    if (!this.view || !this.ready || !this.view.visible) return;
    const generation = ++this.generation;
    let message: ToWebview;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.documentUri);
    try {
      if (!document) message = { type: 'empty', reason: 'no-document' };
      else if (!this.config.enabled(document.uri)) message = { type: 'empty', reason: 'disabled' };
      else {
        const entry = await this.models.get(document);
        // A later post superseded this one while the model was awaited: it will build the snapshot.
        if (generation !== this.generation) return;
        if (entry.skipped) message = 'declined' in entry.skipped ? { type: 'empty', reason: 'declined', detail: entry.skipped.declined } : { type: 'empty', reason: 'too-large' };
        else {
          const started = Date.now();
          message = { type: 'snapshot', snapshot: buildSnapshot(document, entry.model, entry.anchored) };
          if (documentLength(document) >= LARGE_DOCUMENT) {
            const s = message.snapshot;
            this.log.info(`Sidebar snapshot of ${document.uri.toString()} v${entry.version}: ${s.actors.length} actors, ${s.disputes.length} disputes, built in ${Date.now() - started} ms`);
          }
        }
      }
    } catch (error) {
      this.log.error('Sidebar update failed', error);
      return;
    }
    if (generation !== this.generation || !this.view) return;
    void this.view.webview.postMessage(message);
    this.lastPosted = message;
    this.posted.fire(message);
  }

  dispose(): void {
    for (const s of [...this.subscriptions, ...this.viewSubscriptions]) s.dispose();
  }
}

/** Registers the sidebar webview view; returns the provider (its events serve tests) and the registration. */
export function registerSidebarSupport(extensionUri: vscode.Uri, cache: ModelCache, config: Config, log: Logger,
  models: AnnotatedModels, store: AnnotationStore): { provider: SidebarProvider; disposable: vscode.Disposable } {
  const provider = new SidebarProvider(extensionUri, cache, config, log, models, store);
  const registration = vscode.window.registerWebviewViewProvider(Views.sidebar, provider);
  return { provider, disposable: vscode.Disposable.from(registration, provider) };
}
