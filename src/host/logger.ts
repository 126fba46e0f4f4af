import * as vscode from 'vscode';

/** The one place errors go: the "Marginalia" log output channel; the user is told once per kind of failure. */
export class Logger implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Marginalia', { log: true });
  private readonly told = new Set<string>();

  info(message: string): void {
    this.channel.info(message);
  }

  error(message: string, error?: unknown): void {
    const detail = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : error === undefined ? '' : String(error);
    this.channel.error(detail ? `${message}: ${detail}` : message);
    if (!this.told.has(message)) {
      this.told.add(message);
      void vscode.window.showWarningMessage(`Marginalia: ${message}. See the Marginalia output for details.`, 'Show Output')
        .then((choice) => (choice ? this.channel.show(true) : undefined));
    }
  }

  dispose(): void {
    this.channel.dispose();
  }
}
