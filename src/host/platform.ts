// The desktop (Node) side of what differs between extension hosts. The web bundle (package.json `browser`,
// built by esbuild.js with `.web.ts` resolved first) takes platform.web.ts in place of this file, so nothing
// here may be imported from anywhere but through `platform`.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';

/** Which extension host a bundle was built for: Node (desktop, or a server's remote host) or the browser's web worker host. */
export type HostKind = 'node' | 'web';

/** What the Node and web extension hosts do differently; everything else is shared. */
export interface Platform {
  readonly host: HostKind;
  /** The host in words, with what the runtime itself reports, for the log line at activation. */
  describe(): string;
  /** The analysis worker's script, or `undefined` where no worker can be started (everything is analysed inline). */
  analysisWorker(extensionUri: vscode.Uri): string | undefined;
  /** The extension's README, where each diagnostic's code links to. */
  readme(context: vscode.ExtensionContext): vscode.Uri;
  /** `git config user.name` in a workspace folder; `undefined` when it is not set or git cannot run. */
  gitUserName(folder: vscode.WorkspaceFolder): Promise<string | undefined>;
}

/** The Node extension host: a worker thread for large documents, git for the author, the file system for the README. */
export const platform: Platform = {
  host: 'node',
  describe: () => `Node extension host (Node ${process.versions.node})`,
  analysisWorker: (extensionUri) => vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath,
  // vsce stores the README as readme.md; a development checkout has README.md.
  readme: (context) => ['README.md', 'readme.md'].map((n) => vscode.Uri.joinPath(context.extensionUri, n)).find((u) => existsSync(u.fsPath))
    ?? vscode.Uri.joinPath(context.extensionUri, 'README.md'),
  gitUserName: (folder) => new Promise((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd: folder.uri.fsPath, timeout: 2000 }, (error, stdout) => {
      const name = String(stdout ?? '').trim();
      resolve(!error && name ? name : undefined);
    });
  }),
};
