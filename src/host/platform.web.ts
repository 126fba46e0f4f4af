// The web extension host's side of what differs between hosts (see platform.ts, which this file replaces in
// the `browser` bundle). That host is itself a Web Worker with no Node built-ins: no child process, no
// synchronous file system, and, for an extension served by a VS Code server, no nested worker
// (microsoft/vscode#168942).
import * as vscode from 'vscode';
import type { Platform } from './platform';

/** The name of the global scope's class: `DedicatedWorkerGlobalScope` in the web worker extension host. */
function globalScopeName(): string {
  const ctor = (globalThis as { constructor?: { name?: string } }).constructor;
  return ctor?.name || 'an unnamed global scope';
}

/** The web worker extension host: analysis inline, the author from the setting, the README by convention. */
export const platform: Platform = {
  host: 'web',
  describe: () => `web extension host (${globalScopeName()})`,
  // No nested worker: the analysis runs inline, within marginalia.maxDocumentSize. The host is a worker of
  // its own, so a long analysis delays other web extensions, never the editor.
  analysisWorker: () => undefined,
  // No synchronous stat here: vsce stores the README as readme.md in a package, a checkout has README.md.
  readme: (context) => vscode.Uri.joinPath(context.extensionUri, context.extensionMode === vscode.ExtensionMode.Production ? 'readme.md' : 'README.md'),
  // git cannot run in a browser: annotations are signed with the marginalia.author setting.
  gitUserName: () => Promise.resolve(undefined),
};
