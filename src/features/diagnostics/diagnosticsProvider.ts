import * as vscode from 'vscode';
import { FINDINGS_SENT, type Annotation, type Finding, type Severity } from '../../core';
import { Config } from '../../host/config';
import { Debouncer } from '../../host/debouncer';
import { DIAGNOSTIC_SOURCE } from '../../host/ids';
import type { Logger } from '../../host/logger';
import { isMarkdown, type ModelCache } from '../../host/modelCache';
import { documentLength, toRange } from '../../host/ranges';
import type { AnchoredAnnotation } from '../../host/annotationAnchors';
import type { AnnotatedModels } from '../../host/annotatedModels';
import type { AnnotationStore, ProblemFile } from '../../host/annotationStore';

/** The message of an orphaned annotation's diagnostic: the quick fixes find the annotation by it. */
export function orphanMessage(a: Annotation, reason: string): string {
  const quote = a.target.selector[0].exact.replace(/\s+/g, ' ').slice(0, 60);
  return `Orphaned annotation (${a.body.kind} by ${a.creator.name}): “${quote}” — ${reason}. It is kept in its file; re-attach or delete it.`;
}

/** The message of an annotation whose place is not certain (approximate, ambiguous or out of context). */
export function reviewMessage(a: Annotation): string {
  return `Annotation needs review (${a.body.kind} by ${a.creator.name}): its words or context changed, or a similar passage stands elsewhere; please check it still belongs here.`;
}

/** The code of the document's warning that one of its annotation files does not load. */
export const BROKEN_FILE_CODE = 'annotation-file-does-not-load';

/** Where in an annotation file its problem is. */
export function problemPosition(f: ProblemFile): vscode.Position {
  return new vscode.Position(f.at.line - 1, f.at.column - 1);
}

function brokenFileMessage(f: ProblemFile): string {
  const why = f.error.message.replace(/[.;]$/, '');
  return `An annotation file for this document does not load, so its note is not shown: ${vscode.workspace.asRelativePath(f.uri)} (line ${f.at.line}): ${why}. Nothing is rewritten until you fix it.`;
}

/** Documents from this size on log where their diagnostics' time went (Output ▸ Marginalia). */
const LARGE_DOCUMENT = 64 * 1024;

/** VS Code keeps the first 1,000 diagnostics of a file and drops the rest: 999 findings, then a note of how many more. */
const MAX_DIAGNOSTICS = FINDINGS_SENT - 1;

/**
 * The rival claims a diagnostic lists as related information; its message names every source's value, and
 * "Show rival claims" lists every rival from the model. On 3 MB, 1,000 diagnostics with 20 rivals each took
 * the workbench about 2 s to show after they were set; with 3 each, about 0.3 s (the 3 MB e2e test's log).
 */
export const RELATED_SHOWN = 3;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * Publishes a diagnostic on every disputed figure. Recomputed after a quiet period while typing; a result
 * computed for a version that is no longer current is dropped; cleared when the document closes.
 */
export class DiagnosticsProvider implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('marginalia');
  /** Problems in the annotation files themselves, at the place in the file. */
  private readonly fileProblems = vscode.languages.createDiagnosticCollection('marginalia-annotations');
  private readonly debouncer = new Debouncer();
  /** When the last change of each document reached this host (for the timings logged on large documents). */
  private readonly lastChange = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly cache: ModelCache,
    private readonly config: Config,
    private readonly log: Logger,
    private readonly docsUri: vscode.Uri,
    private readonly store: AnnotationStore,
    private readonly models: AnnotatedModels,
  ) {
    this.subscriptions.push(
      this.collection,
      this.fileProblems,
      store.onDidChange(() => {
        this.reportFileProblems();
        this.refreshAll();
      }),
      this.debouncer,
      vscode.workspace.onDidOpenTextDocument((d) => void this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        this.lastChange.set(e.document.uri.toString(), Date.now());
        this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.debouncer.cancel(d.uri.toString());
        this.lastChange.delete(d.uri.toString());
        this.collection.delete(d.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!Config.affects(e)) return;
        this.cache.invalidateAll();
        this.refreshAll();
      }),
      cache.onDidInvalidate((uri) => {
        const d = vscode.workspace.textDocuments.find((x) => x.uri.toString() === uri.toString());
        if (d) void this.refresh(d);
      }),
    );
    this.refreshAll();
  }

  private refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) void this.refresh(d);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isMarkdown(document)) return;
    const version = document.version;
    this.debouncer.schedule(document.uri.toString(), this.config.debounceMs(), () => {
      // A newer edit has its own timer; this result would describe text that is gone.
      if (document.isClosed || document.version !== version) return;
      void this.refresh(document);
    });
  }

  private async refresh(document: vscode.TextDocument): Promise<void> {
    if (!isMarkdown(document) || document.isClosed) return;
    try {
      if (!this.config.enabled(document.uri)) {
        this.collection.delete(document.uri);
        return;
      }
      const asked = Date.now();
      // The team's annotations are applied: a figure a reviewer marked "not a dispute" leaves the comparison for everyone.
      const { model, version, anchored } = await this.models.get(document);
      const ready = Date.now();
      // A result for a superseded version describes text that is gone: drop it.
      if (version !== document.version || document.isClosed) return;
      const findings = model.findings;
      // VS Code shows at most MAX_DIAGNOSTICS per file: build no more, and say how many are left out.
      const shown = findings.slice(0, MAX_DIAGNOSTICS).map((f) => this.toDiagnostic(document, f));
      shown.push(...this.annotationDiagnostics(document, anchored), ...this.brokenFileDiagnostics(document));
      // A large document's model from the worker keeps only the findings that can be shown, with their count.
      const total = model.findingsTotal ?? findings.length;
      const hidden = total - Math.min(findings.length, MAX_DIAGNOSTICS);
      if (hidden > 0) {
        const at = toRange(document, findings[MAX_DIAGNOSTICS]);
        const note = new vscode.Diagnostic(at, `Marginalia: ${hidden.toLocaleString('en')} more disputed figures below this point are not shown (VS Code shows ${MAX_DIAGNOSTICS} per file).`, vscode.DiagnosticSeverity.Information);
        note.source = DIAGNOSTIC_SOURCE;
        shown.push(note);
      }
      this.collection.set(document.uri, shown);
      if (documentLength(document) >= LARGE_DOCUMENT) {
        // Where a large document's time goes after an edit: the event's arrival, the debounce, the model, the diagnostics.
        const changed = this.lastChange.get(document.uri.toString());
        const since = changed === undefined ? '' : `asked ${asked - changed} ms after the last change arrived, `;
        this.log.info(`Diagnostics of ${document.uri.toString()} v${version}: ${shown.length} shown of ${total} findings; ${since}model ready ${ready - asked} ms after asking, diagnostics built and set in ${Date.now() - ready} ms`);
      }
    } catch (error) {
      this.log.error('Diagnostics failed', error);
    }
  }

  /** Orphaned annotations, and annotations whose place needs review, as Information diagnostics. */
  private annotationDiagnostics(document: vscode.TextDocument, anchored: readonly AnchoredAnnotation[]): vscode.Diagnostic[] {
    const out: vscode.Diagnostic[] = [];
    for (const { annotation: a, anchor } of anchored) {
      if (anchor.status === 'orphan') {
        const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), orphanMessage(a, anchor.reason), vscode.DiagnosticSeverity.Information);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = 'orphaned-annotation';
        out.push(d);
      } else if (anchor.needsReview) {
        const d = new vscode.Diagnostic(toRange(document, anchor), reviewMessage(a), vscode.DiagnosticSeverity.Information);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = 'annotation-needs-review';
        out.push(d);
      }
    }
    return out;
  }

  /**
   * On the document, one warning for each annotation file about it that does not load, pointing at the
   * place in the file (its quick fix opens the file there), so a broken teammate's note is not silently missing.
   */
  private brokenFileDiagnostics(document: vscode.TextDocument): vscode.Diagnostic[] {
    return this.store.problemsFor(document.uri).map((f) => {
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, document.lineAt(0).text.length), brokenFileMessage(f), vscode.DiagnosticSeverity.Warning);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = BROKEN_FILE_CODE;
      d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(f.uri, problemPosition(f)), f.error.message)];
      return d;
    });
  }

  /** A diagnostic at the problem's place in each annotation file that cannot be used as it is. */
  private reportFileProblems(): void {
    this.fileProblems.clear();
    const byFile = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    for (const f of this.store.problems()) {
      const at = problemPosition(f);
      const lead = f.code === 'malformed-annotation-file' ? 'This annotation file does not load' : 'This annotation is not used';
      const d = new vscode.Diagnostic(new vscode.Range(at, at), `${lead}: ${f.error.message}${/[.;]$/.test(f.error.message) ? '' : '.'} Marginalia will not rewrite it unless you choose a fix.`, vscode.DiagnosticSeverity.Error);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = f.code;
      const entry = byFile.get(f.uri.toString()) ?? { uri: f.uri, list: [] };
      entry.list.push(d);
      byFile.set(f.uri.toString(), entry);
    }
    for (const { uri, list } of byFile.values()) this.fileProblems.set(uri, list);
  }

  private toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
    const d = new vscode.Diagnostic(toRange(document, finding), finding.message, SEVERITY[finding.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: finding.code, target: this.docsUri };
    d.relatedInformation = finding.related.slice(0, RELATED_SHOWN).map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, r)), r.message),
    );
    return d;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Registers disputed-figure diagnostics. `docsUri` is where each diagnostic's code links to. */
export function registerDiagnosticsSupport(cache: ModelCache, config: Config, log: Logger, docsUri: vscode.Uri,
  store: AnnotationStore, models: AnnotatedModels): vscode.Disposable {
  return new DiagnosticsProvider(cache, config, log, docsUri, store, models);
}
