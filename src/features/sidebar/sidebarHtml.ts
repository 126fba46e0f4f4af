import * as vscode from 'vscode';
import { makeNonce } from './nonce';

/** The sidebar's HTML shell: strict CSP (`default-src 'none'`, nonce'd script); all content is built by the script. */
export function sidebarHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = makeNonce();
  const asset = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...p)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${asset('dist', 'codicons', 'codicon.css')}" rel="stylesheet">
<link href="${asset('media', 'sidebar.css')}" rel="stylesheet">
<title>Marginalia</title>
</head>
<body>
<div id="status" class="visually-hidden" role="status" aria-live="polite"></div>
<main id="app"></main>
<script nonce="${nonce}" src="${asset('dist', 'webview.js')}"></script>
</body>
</html>`;
}
