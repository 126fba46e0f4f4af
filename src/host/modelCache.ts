import * as vscode from 'vscode';
import { analyzeDocument, ModelIndex, type DocumentModel } from '../core';
import type { Config } from './config';
import type { Logger } from './logger';

/** The analysis of one document version, with its position index. */
export interface CachedModel {
  readonly uri: string;
  readonly version: number;
  readonly model: DocumentModel;
  readonly index: ModelIndex;
}

const EMPTY: DocumentModel = { actors: [], figures: [], disputes: [], interests: [], findings: [] };

/** True for documents Marginalia analyses. */
export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

/**
 * One model per document, keyed by URI and version: computed lazily on first request, reused until the
 * document changes, dropped when it closes. Everything (hover, diagnostics, sidebar) reads from here,
 * so nothing parses twice.
 */
export class ModelCache implements vscode.Disposable {
  private readonly entries = new Map<string, CachedModel>();
  private readonly failures = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Fires when a document's model was invalidated on request (re-analyse, settings), not on every edit. */
  readonly onDidInvalidate = this.changed.event;

  constructor(private readonly config: Config, private readonly log: Logger) {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString())),
      this.changed,
    );
  }

  /** The model of the document's current version. A failure is logged once and yields an empty model. */
  get(document: vscode.TextDocument): CachedModel {
    const uri = document.uri.toString();
    const hit = this.entries.get(uri);
    if (hit && hit.version === document.version) return hit;
    let model = EMPTY;
    try {
      model = analyzeDocument(document.getText(), { disputeSeverity: this.config.disputeSeverity(document.uri) });
      this.failures.delete(uri);
    } catch (error) {
      if (!this.failures.has(uri)) {
        this.failures.add(uri);
        this.log.error(`Analysis failed for ${document.uri.fsPath || uri}`, error);
      }
    }
    const entry: CachedModel = { uri, version: document.version, model, index: new ModelIndex(model) };
    this.entries.set(uri, entry);
    return entry;
  }

  /** Drops the cached model so the next request re-analyses, and tells the listeners. */
  invalidate(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.changed.fire(uri);
  }

  /** Drops every cached model (settings changed). */
  invalidateAll(): void {
    const uris = [...this.entries.keys()];
    this.entries.clear();
    for (const u of uris) this.changed.fire(vscode.Uri.parse(u));
  }

  dispose(): void {
    this.entries.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
