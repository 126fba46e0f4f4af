import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import type { AnnotatedModels } from '../../host/annotatedModels';
import type { Logger } from '../../host/logger';
import { isMarkdown } from '../../host/modelCache';
import { marksOf, previewPlugin, type PreviewMark, type PreviewSource } from './previewMarks';

/**
 * The built-in Markdown preview shows what the editor shows: disputed figures and annotated notes are
 * highlighted in the rendered article, with the claim and its rivals or the note as the tooltip. The
 * preview renders synchronously, so it reads the model already computed for the document's version; when
 * there is none yet, it renders plainly, the model is computed, and the preview is asked to render again.
 */
export class PreviewSupport implements PreviewSource, vscode.Disposable {
  private readonly asked = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly models: AnnotatedModels, private readonly log: Logger) {
    this.subscriptions.push(vscode.workspace.onDidCloseTextDocument((d) => this.asked.delete(d.uri.toString())));
  }

  /** The plugin to return from `extendMarkdownIt`. */
  extend(md: MarkdownIt): MarkdownIt {
    md.use(previewPlugin(this));
    return md;
  }

  marksFor(documentUri: string): { text: string; marks: readonly PreviewMark[] } | undefined {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === documentUri);
    if (!document || !isMarkdown(document)) return undefined;
    const ready = this.models.peek(document);
    if (!ready) {
      this.refreshWhenReady(document);
      return undefined;
    }
    const text = document.getText();
    const notes = ready.anchored.flatMap(({ annotation: a, anchor }) => (a.body.kind === 'note' && anchor.status === 'anchored'
      ? [{ start: anchor.start, end: anchor.end, text: a.body.value, author: a.creator.name }] : []));
    return { text, marks: marksOf(ready.model, notes) };
  }

  private refreshWhenReady(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.asked.get(key) === document.version) return;
    this.asked.set(key, document.version);
    void this.models.get(document).then(
      () => vscode.commands.executeCommand('markdown.preview.refresh'),
      (error: unknown) => this.log.error('The preview could not be highlighted', error),
    );
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
