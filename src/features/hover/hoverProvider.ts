import * as vscode from 'vscode';
import { USER_TEXT_SCHEMES } from '../../host/modelCache';
import type { Config } from '../../host/config';
import type { Logger } from '../../host/logger';
import { toRange } from '../../host/ranges';
import type { AnnotatedModels } from '../../host/annotatedModels';
import { annotationsHover, hoverContent } from './hoverContent';

/** Explains the actor or figure under the cursor from the cached model (a binary search, no re-analysis). */
export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly models: AnnotatedModels, private readonly config: Config, private readonly log: Logger) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    try {
      if (!this.config.enabled(document.uri) || !this.config.hoverEnabled(document.uri)) return undefined;
      const { model, index, version, anchored } = await this.models.get(document);
      if (version !== document.version) return undefined;
      const offset = document.offsetAt(position);
      const hit = index.at(offset);
      const notes = anchored.filter(({ anchor }) => anchor.status === 'anchored' && anchor.start <= offset && offset <= anchor.end);
      if (!hit && notes.length === 0) return undefined;
      const contents: vscode.MarkdownString[] = hit ? [hoverContent(document, model, hit)] : [];
      if (notes.length > 0) contents.push(annotationsHover(notes.map(({ annotation, anchor, replies }) => ({ annotation, replies, needsReview: anchor.status === 'anchored' && anchor.needsReview }))));
      const span = hit ? (hit.kind === 'actor' ? hit.mention : hit.figure) : undefined;
      return new vscode.Hover(contents, span ? toRange(document, span) : undefined);
    } catch (error) {
      this.log.error('Hover failed', error);
      return undefined;
    }
  }
}

/** Registers the hover provider for Markdown documents. */
export function registerHoverSupport(models: AnnotatedModels, config: Config, log: Logger): vscode.Disposable {
  return vscode.languages.registerHoverProvider(USER_TEXT_SCHEMES.map((scheme) => ({ language: 'markdown', scheme })), new HoverProvider(models, config, log));
}
