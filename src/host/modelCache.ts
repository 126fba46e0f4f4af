import * as vscode from 'vscode';
import { declineReason, ModelIndex, scanShape, type DocumentModel, type DocumentShape } from '../core';
import type { Analyzer } from './analyzer';
import type { Config } from './config';
import type { Logger } from './logger';

/** The analysis of one document version, with its position index. */
export interface CachedModel {
  readonly uri: string;
  readonly version: number;
  readonly model: DocumentModel;
  readonly index: ModelIndex;
  /**
   * Set when the document was not analysed: because it is larger than the size limit, or because of its
   * shape (`declined`: why, from the pre-scan; see `declineReason` in core). Until the user asks anyway.
   */
  readonly skipped?: { readonly size: number; readonly limit: number } | { readonly declined: string };
}

const EMPTY: DocumentModel = { actors: [], figures: [], disputes: [], interests: [], findings: [] };

/**
 * Schemes of documents that hold the user's own text: files (local, remote or virtual, as on vscode.dev and
 * github.dev), untitled buffers and Live Share. Not the `git:` side of a diff, an output channel or a
 * review comment: those are views of other text, and analysing them would show its findings twice.
 */
export const USER_TEXT_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vsls'];

/** True for documents Marginalia analyses: Markdown that holds the user's own text. */
export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && USER_TEXT_SCHEMES.includes(document.uri.scheme);
}

/**
 * Writing annotation files and running git need a trusted workspace; in Restricted Mode the analysis
 * still shows (it only reads). Returns true when trusted, else tells the user and offers to manage trust.
 */
export function requireTrust(action: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(`Marginalia: ${action} writes annotation files, which needs a trusted workspace. The analysis stays available in Restricted Mode.`, 'Manage Workspace Trust')
    .then((choice) => { if (choice) void vscode.commands.executeCommand('workbench.trust.manage'); });
  return false;
}

/**
 * One model per document, keyed by URI and version: computed on first request (in a worker for large
 * documents), shared by concurrent requests for the same version, reused until the document changes,
 * dropped when it closes. Everything (hover, diagnostics, sidebar) reads from here, so nothing parses twice.
 */
export class ModelCache implements vscode.Disposable {
  private readonly entries = new Map<string, CachedModel>();
  private readonly inflight = new Map<string, { version: number; promise: Promise<CachedModel> }>();
  /** Documents the user asked to analyse despite their size or shape. */
  private readonly allowedAnyway = new Set<string>();
  private readonly failures = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly stateChanged = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Fires when a document's model was invalidated on request (re-analyse, settings), not on every edit. */
  readonly onDidInvalidate = this.changed.event;
  /** Fires when an analysis starts or ends, or a document is skipped for its size or shape (for the status bar). */
  readonly onDidChangeState = this.stateChanged.event;

  constructor(private readonly analyzer: Analyzer, private readonly config: Config, private readonly log: Logger) {
    this.subscriptions.push(
      // An analysis of a version that an edit replaced stops at once, so the worker is idle while the user
      // types and ready for the next version when the debounce asks for it.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        const uri = e.document.uri.toString();
        const running = this.inflight.get(uri);
        if (running && running.version !== e.document.version) this.analyzer.stop(uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        const uri = d.uri.toString();
        this.entries.delete(uri);
        this.inflight.delete(uri);
        this.analyzer.forget(uri);
      }),
      this.changed,
      this.stateChanged,
    );
  }

  /** The model of the document's current version if it is ready, without starting any work. */
  peek(document: vscode.TextDocument): CachedModel | undefined {
    const hit = this.entries.get(document.uri.toString());
    return hit && hit.version === document.version ? hit : undefined;
  }

  /** True while the document's current version is being analysed. */
  isAnalysing(document: vscode.TextDocument): boolean {
    return this.inflight.get(document.uri.toString())?.version === document.version;
  }

  /** The model of the document's current version. A failure is logged once and yields an empty model. */
  get(document: vscode.TextDocument): Promise<CachedModel> {
    const uri = document.uri.toString();
    const version = document.version;
    const hit = this.peek(document);
    if (hit) return Promise.resolve(hit);
    const running = this.inflight.get(uri);
    if (running && running.version === version) return running.promise;

    const text = document.getText();
    const limit = this.config.maxDocumentSize(document.uri);
    let shape: DocumentShape | undefined;
    let skipped: CachedModel['skipped'];
    if (!this.allowedAnyway.has(uri)) {
      if (text.length > limit) skipped = { size: text.length, limit };
      else {
        // Linear and cheap (about 7 ms per MB): it decides before any parse, on this thread.
        shape = scanShape(text);
        const declined = declineReason(shape);
        if (declined) skipped = { declined };
      }
    }
    if (skipped) {
      const entry: CachedModel = { uri, version, model: EMPTY, index: new ModelIndex(EMPTY), skipped };
      this.entries.set(uri, entry);
      this.stateChanged.fire();
      return Promise.resolve(entry);
    }
    const promise = this.analyzer
      .analyze(uri, text, { disputeSeverity: this.config.disputeSeverity(document.uri) }, shape)
      .then((model) => {
        this.failures.delete(uri);
        return model;
      })
      .catch((error: unknown) => {
        if (!this.failures.has(uri)) {
          this.failures.add(uri);
          this.log.error(`Analysis failed for ${document.uri.fsPath || uri}`, error);
        }
        return EMPTY;
      })
      .then((model) => {
        const entry: CachedModel = { uri, version, model, index: new ModelIndex(model) };
        if (this.inflight.get(uri)?.version === version) this.inflight.delete(uri);
        if (!document.isClosed) this.entries.set(uri, entry);
        this.stateChanged.fire();
        return entry;
      });
    this.inflight.set(uri, { version, promise });
    this.stateChanged.fire();
    return promise;
  }

  /** Lets a document skipped for its size or shape be analysed (asked for by the user), and analyses it. */
  allowAnyway(uri: vscode.Uri): void {
    this.allowedAnyway.add(uri.toString());
    this.invalidate(uri);
  }

  /** Drops the cached model so the next request re-analyses, and tells the listeners. */
  invalidate(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.inflight.delete(uri.toString());
    this.changed.fire(uri);
  }

  /** Drops every cached model (settings changed). */
  invalidateAll(): void {
    const uris = [...this.entries.keys()];
    this.entries.clear();
    this.inflight.clear();
    for (const u of uris) this.changed.fire(vscode.Uri.parse(u));
  }

  dispose(): void {
    this.entries.clear();
    this.inflight.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
