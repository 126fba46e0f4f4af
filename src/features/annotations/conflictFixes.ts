import * as vscode from 'vscode';
import { isProblem, StaleFileError, type AnnotationStore } from '../../host/annotationStore';
import type { Logger } from '../../host/logger';
import { requireTrust } from '../../host/modelCache';
import { newId } from './annotateCommand';

export const RESOLVE_CONFLICT = 'marginalia.resolveAnnotationConflict';

type Choice = 'ours' | 'theirs' | 'both';
const TITLES: Record<Choice, string> = {
  ours: 'Keep mine (the current side)',
  theirs: 'Keep theirs (the incoming side)',
  both: 'Keep both (the incoming side under a new id)',
};

/**
 * Quick fixes on an annotation file git left with conflict markers: keep mine, keep theirs, or keep both
 * (the incoming side as an annotation of its own). Offered only for the sides that load.
 */
export function registerConflictFixes(store: AnnotationStore, log: Logger): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, context) {
      const diagnostic = context.diagnostics.find((d) => d.code === 'annotation-merge-conflict');
      if (!diagnostic) return [];
      const file = store.all().find((f) => f.uri.toString() === document.uri.toString());
      if (!file || !isProblem(file) || !file.conflict) return [];
      return (Object.keys(TITLES) as Choice[]).map((choice) => {
        const action = new vscode.CodeAction(TITLES[choice], vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = { command: RESOLVE_CONFLICT, title: TITLES[choice], arguments: [document.uri, choice] };
        return action;
      });
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider([{ language: 'json' }, { language: 'jsonc' }, { pattern: '**/*.json' }], provider,
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(RESOLVE_CONFLICT, async (uri: vscode.Uri, choice: Choice) => {
      if (!requireTrust('settling an annotation conflict')) return false;
      try {
        await store.resolveConflict(uri, choice, newId);
        return true;
      } catch (error) {
        if (error instanceof StaleFileError) void vscode.window.showWarningMessage(`Marginalia: ${error.message}`);
        else void vscode.window.showErrorMessage(`Marginalia: ${error instanceof Error ? error.message : String(error)}`);
        log.error('Could not settle the conflict', error);
        return false;
      }
    }),
  );
}
