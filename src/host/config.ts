import * as vscode from 'vscode';
import type { Severity } from '../core';
import { Settings } from './ids';

/** Typed reads of Marginalia's settings for one document's scope. */
export class Config {
  private section(scope?: vscode.Uri): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(Settings.section, scope);
  }

  enabled(scope?: vscode.Uri): boolean {
    return this.section(scope).get<boolean>(Settings.enable, true);
  }

  hoverEnabled(scope?: vscode.Uri): boolean {
    return this.section(scope).get<boolean>(Settings.hoverEnable, true);
  }

  disputeSeverity(scope?: vscode.Uri): Severity {
    const value = this.section(scope).get<string>(Settings.disputeSeverity, 'warning');
    return value === 'error' || value === 'information' || value === 'hint' ? value : 'warning';
  }

  /** Whether notes also show as comment threads (Comments API). */
  commentThreads(scope?: vscode.Uri): boolean {
    return this.section(scope).get<boolean>(Settings.commentThreads, true);
  }

  /** Documents longer than this many characters are analysed only when the user asks. */
  maxDocumentSize(scope?: vscode.Uri): number {
    const value = this.section(scope).get<number>(Settings.maxDocumentSize, 1_000_000);
    return Number.isFinite(value) && value > 0 ? value : 1_000_000;
  }

  debounceMs(): number {
    const value = this.section().get<number>(Settings.debounceMs, 300);
    return Number.isFinite(value) ? Math.max(0, Math.min(5000, value)) : 300;
  }

  /** True when a configuration change touches Marginalia's settings. */
  static affects(event: vscode.ConfigurationChangeEvent): boolean {
    return event.affectsConfiguration(Settings.section);
  }
}
