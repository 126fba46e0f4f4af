import * as vscode from 'vscode';
import { makeSelectors, type Finding } from '../../core';
import { toRange } from '../../host/ranges';
import type { AnnotatedModels } from '../../host/annotatedModels';
import { StaleFileError, type AnnotationStore } from '../../host/annotationStore';
import { Commands } from '../../host/ids';
import type { Logger } from '../../host/logger';
import { isMarkdown, requireTrust } from '../../host/modelCache';
import type { AnnotateArgs } from '../annotations/annotateCommand';
import { BROKEN_FILE_CODE, orphanMessage, reviewMessage } from './diagnosticsProvider';

/** The commands behind the quick fixes (not in the palette: they act on a place a diagnostic names). */
export const QuickFixCommands = {
  annotateAt: 'marginalia.quickFix.annotateAt',
  setClaimant: 'marginalia.quickFix.setClaimant',
  showRivals: 'marginalia.quickFix.showRivals',
  acceptPosition: 'marginalia.quickFix.acceptPosition',
  openAtError: 'marginalia.quickFix.openAtError',
} as const;

const codeOf = (d: vscode.Diagnostic): string | undefined => (typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code));

function fix(title: string, diagnostic: vscode.Diagnostic, command: string, args: unknown[], preferred = false): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = { command, title, arguments: args };
  action.isPreferred = preferred;
  return action;
}

/**
 * Quick fixes on Marginalia's diagnostics, each writing the same annotation files the commands write:
 * on a disputed figure "Confirm dispute", "Not a dispute (for the team)", "Set who claims this figure…"
 * and "Show rival claims"; on an orphan "Re-attach to selection…" and "Delete annotation…"; on an
 * approximate re-anchor "Accept new position"; on an annotation file that does not load "Open the file at the error".
 */
/**
 * The places of a disputed figure's rivals: all the finding has (the diagnostic carries only the first
 * few: RELATED_SHOWN in diagnosticsProvider.ts); the diagnostic's own when the model is of another version.
 */
function rivals(document: vscode.TextDocument, d: vscode.Diagnostic, finding: Finding | undefined): vscode.Location[] {
  if (!finding) return (d.relatedInformation ?? []).map((r) => r.location);
  return finding.related.map((r) => new vscode.Location(document.uri, toRange(document, r)));
}

export function registerQuickFixes(models: AnnotatedModels, store: AnnotationStore, log: Logger): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    async provideCodeActions(document, _range, context) {
      const mine = context.diagnostics.filter((d) => d.source === 'Marginalia');
      if (mine.length === 0 || !isMarkdown(document)) return [];
      const { anchored, version, model } = await models.get(document);
      const actions: vscode.CodeAction[] = [];
      for (const d of mine) {
        const at = { start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end) };
        switch (codeOf(d)) {
          case 'disputed-figure':
            actions.push(
              fix('Confirm dispute', d, QuickFixCommands.annotateAt, [document.uri, at, { kind: 'dispute-review', value: '', status: 'confirmed' } satisfies AnnotateArgs]),
              fix('Not a dispute (for the team)', d, QuickFixCommands.annotateAt, [document.uri, at, { kind: 'dispute-review', value: '', status: 'not-a-dispute' } satisfies AnnotateArgs]),
              fix('Set who claims this figure…', d, QuickFixCommands.setClaimant, [document.uri, at]),
              fix('Show rival claims', d, QuickFixCommands.showRivals, [document.uri, d.range.start, rivals(document, d, version === document.version ? model.findings.find((f) => f.start === at.start && f.end === at.end) : undefined)], true),
            );
            break;
          case 'orphaned-annotation': {
            const orphan = anchored.find((x) => x.anchor.status === 'orphan' && orphanMessage(x.annotation, x.anchor.reason) === d.message);
            if (!orphan) break;
            actions.push(
              fix('Re-attach to selection…', d, Commands.reattachAnnotation, [orphan.annotation.id]),
              fix('Delete annotation…', d, Commands.deleteAnnotation, [orphan.annotation.id]),
            );
            break;
          }
          case 'annotation-needs-review': {
            const moved = anchored.find((x) => x.anchor.status === 'anchored' && x.anchor.needsReview && reviewMessage(x.annotation) === d.message &&
              x.anchor.start === at.start && x.anchor.end === at.end);
            if (moved) actions.push(fix('Accept new position', d, QuickFixCommands.acceptPosition, [document.uri, moved.annotation.id, at, version], true));
            break;
          }
          case BROKEN_FILE_CODE: {
            const place = d.relatedInformation?.[0]?.location;
            if (place) {
              actions.push(fix('Open the file at the error', d, QuickFixCommands.openAtError, [place.uri, place.range.start.line, place.range.start.character], true));
            }
            break;
          }
          default:
            break;
        }
      }
      return actions;
    },
  };

  /** Opens the document with the span selected, so the annotation commands act on it. */
  const selectSpan = async (uri: vscode.Uri, at: { start: number; end: number }) => {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(document.positionAt(at.start), document.positionAt(at.end));
    return { document, editor };
  };

  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(QuickFixCommands.annotateAt, async (uri: vscode.Uri, at: { start: number; end: number }, args?: AnnotateArgs) => {
      await selectSpan(uri, at);
      return vscode.commands.executeCommand(Commands.annotateSelection, args);
    }),
    vscode.commands.registerCommand(QuickFixCommands.setClaimant, async (uri: vscode.Uri, at: { start: number; end: number }, claimant?: string) => {
      const { document } = await selectSpan(uri, at);
      const { model } = await models.get(document);
      let id = claimant;
      if (id === undefined) {
        const items = [
          { label: '$(file) The article itself', description: 'no source: the article\'s own voice', id: '' },
          ...[...model.actors].sort((a, b) => a.name.localeCompare(b.name)).map((a) => ({ label: a.name, description: a.kind, id: a.id })),
        ];
        const figure = model.figures.find((f) => f.start === at.start && f.end === at.end);
        id = (await vscode.window.showQuickPick(items, { title: `Who claims ${figure?.text ?? 'this figure'}?`, matchOnDescription: true }))?.id;
        if (id === undefined) return undefined;
      }
      const name = id === '' ? 'the article' : model.actors.find((a) => a.id === id)?.name ?? id;
      return vscode.commands.executeCommand(Commands.annotateSelection, { kind: 'claim', value: `Claimed by ${name}`, fields: { claimant: id } } satisfies AnnotateArgs);
    }),
    vscode.commands.registerCommand(QuickFixCommands.openAtError, async (uri: vscode.Uri, line: number, character: number) => {
      const at = new vscode.Position(line, character);
      await vscode.window.showTextDocument(uri, { selection: new vscode.Range(at, at), preview: false });
    }),
    vscode.commands.registerCommand(QuickFixCommands.showRivals, (uri: vscode.Uri, position: vscode.Position, locations: vscode.Location[]) =>
      vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations)),
    vscode.commands.registerCommand(QuickFixCommands.acceptPosition, async (uri: vscode.Uri, id: string, at: { start: number; end: number }, version: number) => {
      if (!requireTrust('accepting a new position')) return false;
      const document = await vscode.workspace.openTextDocument(uri);
      const found = store.find(id, uri);
      if (!found || document.version !== version) {
        void vscode.window.showInformationMessage('Marginalia: the document or the annotation changed since; look at it again.');
        return false;
      }
      try {
        await store.update({
          ...found.annotation, modified: new Date().toISOString(),
          target: { ...found.annotation.target, selector: makeSelectors(document.getText(), at.start, at.end) },
        }, found);
        return true;
      } catch (error) {
        if (error instanceof StaleFileError) void vscode.window.showWarningMessage(`Marginalia: ${error.message}`);
        else log.error('Could not accept the new position', error);
        return false;
      }
    }),
  );
}
