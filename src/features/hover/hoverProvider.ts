import * as vscode from 'vscode';
import type { Config } from '../../host/config';
import type { Logger } from '../../host/logger';
import type { ModelCache } from '../../host/modelCache';
import { toRange } from '../../host/ranges';
import { hoverContent } from './hoverContent';

/** Explains the actor or figure under the cursor from the cached model (a binary search, no re-analysis). */
export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: ModelCache, private readonly config: Config, private readonly log: Logger) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    try {
      if (!this.config.enabled(document.uri) || !this.config.hoverEnabled(document.uri)) return undefined;
      const { model, index, version } = await this.cache.get(document);
      if (version !== document.version) return undefined;
      const hit = index.at(document.offsetAt(position));
      if (!hit) return undefined;
      const span = hit.kind === 'actor' ? hit.mention : hit.figure;
      return new vscode.Hover(hoverContent(document, model, hit), toRange(document, span));
    } catch (error) {
      this.log.error('Hover failed', error);
      return undefined;
    }
  }
}

/** Registers the hover provider for Markdown documents. */
export function registerHoverSupport(cache: ModelCache, config: Config, log: Logger): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, new HoverProvider(cache, config, log));
}
