import * as vscode from 'vscode';
import { anchorAnnotation, applyAnnotations, isVocabularyRule, type Anchor, type DocumentModel } from '../../core';
import type { AnnotatedModels } from '../../host/annotatedModels';
import type { Analyzer } from '../../host/analyzer';
import { isLoaded, type AnnotationStore, type LoadedFile } from '../../host/annotationStore';
import type { Config } from '../../host/config';
import { Debouncer } from '../../host/debouncer';
import { Commands } from '../../host/ids';
import type { Logger } from '../../host/logger';
import { isMarkdown } from '../../host/modelCache';
import { describeCounts, matchesFilter, parseFilter, type WorkspaceFilter, type WorkspaceItem } from './workspaceItems';

export const WORKSPACE_VIEW = 'marginalia.workspace';
export const WorkspaceCommands = {
  filter: 'marginalia.workspace.filter',
  clearFilter: 'marginalia.workspace.clearFilter',
  refresh: 'marginalia.workspace.refresh',
} as const;

/** The most Markdown files the view reads for disputes; annotated documents are always listed. */
const MAX_DOCUMENTS = 500;

interface DocumentEntry {
  readonly uri: vscode.Uri;
  readonly folder: vscode.WorkspaceFolder;
  readonly label: string;
  readonly items: readonly WorkspaceItem[];
}

type Node =
  | { readonly type: 'folder'; readonly folder: vscode.WorkspaceFolder }
  | { readonly type: 'document'; readonly entry: DocumentEntry }
  | { readonly type: 'item'; readonly entry: DocumentEntry; readonly item: WorkspaceItem; readonly annotationId?: string };

const ICONS: Record<WorkspaceItem['kind'], string> = {
  note: 'note', actor: 'person', interest: 'heart', claim: 'symbol-number', 'dispute-review': 'law', dispute: 'warning',
};

/**
 * "Workspace" view: every annotation and every dispute across the workspace's Markdown files,
 * grouped by document (and by workspace folder in a multi-root workspace), with counts, a filter by text,
 * author, kind and status, and orphans marked. Selecting an item opens its place. A native tree, so the
 * keyboard, screen readers and themes work as in every other view.
 */
export class WorkspaceTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly debouncer = new Debouncer();
  private readonly subscriptions: vscode.Disposable[] = [this.changed, this.debouncer];
  /** The items of each document, kept while its text and the annotation files are unchanged. */
  private readonly memo = new Map<string, { text: string; generation: number; items: WorkspaceItem[] }>();
  private filterText = '';
  private filter: WorkspaceFilter = parseFilter('');
  private entries: Promise<DocumentEntry[]> | undefined;

  constructor(private readonly store: AnnotationStore, private readonly models: AnnotatedModels, private readonly analyzer: Analyzer,
    private readonly config: Config, private readonly log: Logger) {
    this.view = vscode.window.createTreeView(WORKSPACE_VIEW, { treeDataProvider: this, showCollapseAll: true });
    const later = () => this.debouncer.schedule('workspace', 1000, () => this.refresh());
    const md = vscode.workspace.createFileSystemWatcher('**/*.md', false, true, false);
    this.subscriptions.push(
      this.view, md, md.onDidCreate(later), md.onDidDelete(later),
      store.onDidChange(() => this.refresh()),
      vscode.workspace.onDidSaveTextDocument((d) => { if (isMarkdown(d)) later(); }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length > 0 && isMarkdown(e.document)) later(); }),
      this.view.onDidChangeVisibility((e) => { if (e.visible) this.refresh(); }),
    );
  }

  /** Recomputes the lists (the documents' texts are read again only where they changed). */
  refresh(): void {
    this.entries = undefined;
    this.changed.fire(undefined);
  }

  async setFilter(query: string): Promise<void> {
    this.filterText = query.trim();
    this.filter = parseFilter(this.filterText);
    this.view.description = this.filterText ? `filter: ${this.filterText}` : undefined;
    await vscode.commands.executeCommand('setContext', 'marginalia.workspaceFiltered', this.filterText !== '');
    this.changed.fire(undefined);
  }

  get currentFilter(): string {
    return this.filterText;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'folder') {
      const t = new vscode.TreeItem(node.folder.name, vscode.TreeItemCollapsibleState.Expanded);
      t.iconPath = vscode.ThemeIcon.Folder;
      return t;
    }
    if (node.type === 'document') {
      const shown = node.entry.items.filter((i) => matchesFilter(i, this.filter));
      const t = new vscode.TreeItem(node.entry.label, vscode.TreeItemCollapsibleState.Expanded);
      t.resourceUri = node.entry.uri;
      t.iconPath = vscode.ThemeIcon.File;
      t.description = describeCounts(shown);
      t.tooltip = `${vscode.workspace.asRelativePath(node.entry.uri)}: ${t.description}`;
      t.contextValue = 'marginalia.document';
      t.command = { command: 'vscode.open', title: 'Open', arguments: [node.entry.uri] };
      return t;
    }
    const { item } = node;
    const t = new vscode.TreeItem(item.label.replace(/\s+/g, ' ').slice(0, 120) || `(${item.kind})`, vscode.TreeItemCollapsibleState.None);
    t.description = [item.author, item.kind === 'dispute' ? null : item.kind, item.status].filter((x) => x).join(' · ');
    t.tooltip = `${item.kind}${item.author ? ` by ${item.author}` : ''}${item.status ? ` (${item.status})` : ''}\n“${item.quote}”`;
    t.iconPath = new vscode.ThemeIcon(item.status === 'orphan' ? 'debug-disconnect' : ICONS[item.kind],
      item.status === 'orphan' || item.kind === 'dispute' ? new vscode.ThemeColor('list.warningForeground') : undefined);
    t.contextValue = item.id ? 'marginalia.annotation' : 'marginalia.dispute';
    t.accessibilityInformation = { label: `${item.status === 'orphan' ? 'Orphan: ' : ''}${item.kind} ${t.label as string}, ${t.description}` };
    t.command = { command: Commands.revealRange, title: 'Go to', arguments: [node.entry.uri.toString(), item.start ?? 0, item.end ?? item.start ?? 0] };
    return t;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.type === 'item') return [];
    if (node?.type === 'document') {
      return node.entry.items.filter((i) => matchesFilter(i, this.filter))
        .map((item) => ({ type: 'item', entry: node.entry, item, ...(item.id ? { annotationId: item.id } : {}) }));
    }
    const entries = (await (this.entries ??= this.collect())).filter((e) => e.items.some((i) => matchesFilter(i, this.filter)));
    this.view.badge = this.badge(entries);
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!node && folders.length > 1) {
      return folders.filter((f) => entries.some((e) => e.folder === f)).map((folder) => ({ type: 'folder', folder }));
    }
    const inFolder = node?.type === 'folder' ? entries.filter((e) => e.folder === node.folder) : entries;
    return inFolder.map((entry) => ({ type: 'document', entry }));
  }

  /** The number on the view's icon: disputes and orphans, the things that want a look. */
  private badge(entries: readonly DocumentEntry[]): vscode.ViewBadge | undefined {
    const n = entries.reduce((sum, e) => sum + e.items.filter((i) => matchesFilter(i, this.filter) && (i.kind === 'dispute' || i.status === 'orphan')).length, 0);
    return n > 0 ? { value: n, tooltip: `${n} dispute${n === 1 ? '' : 's'} or orphaned annotation${n === 1 ? '' : 's'} to look at` } : undefined;
  }

  /** Every document with annotations or disputes, in path order. */
  private async collect(): Promise<DocumentEntry[]> {
    await this.store.ready;
    const uris = new Map<string, vscode.Uri>();
    for (const f of this.store.all()) {
      if (!isLoaded(f) || isVocabularyRule(f.annotation)) continue;
      const uri = vscode.Uri.joinPath(vscode.Uri.parse(f.folder), f.annotation.target.source);
      uris.set(uri.toString(), uri);
    }
    try {
      for (const uri of await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**', MAX_DOCUMENTS)) uris.set(uri.toString(), uri);
    } catch (error) {
      this.log.error('Could not list the workspace\'s Markdown files', error);
    }
    const entries: DocumentEntry[] = [];
    for (const uri of [...uris.values()].sort((a, b) => a.path.localeCompare(b.path))) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) continue;
      try {
        const items = await this.itemsOf(uri);
        if (items.length > 0) entries.push({ uri, folder, label: vscode.workspace.asRelativePath(uri, false), items });
      } catch (error) {
        this.log.error(`Could not list the findings of ${vscode.workspace.asRelativePath(uri)}`, error);
      }
    }
    return entries;
  }

  /** A document's annotations (with where they stand) and disputes, from its current text. */
  private async itemsOf(uri: vscode.Uri): Promise<WorkspaceItem[]> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    // The generation the files are read at: a result is remembered under it, not under a later one that
    // arrived while the analysis ran (that stale list would be kept as current: a document's note missing).
    const generation = this.store.generation;
    const files = this.store.filesFor(uri);
    let text: string;
    let model: DocumentModel;
    let anchors: Array<{ file: LoadedFile; anchor: Anchor }>;
    if (open) {
      text = open.getText();
      const annotated = await this.models.get(open);
      model = annotated.model;
      anchors = annotated.anchored.map((a) => ({ file: files.find((f) => f.annotation === a.annotation) ?? files[0], anchor: a.anchor })).filter((a) => a.file);
    } else {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        bytes = new Uint8Array();
      }
      text = new TextDecoder('utf-8').decode(bytes);
      const key = uri.toString();
      const hit = this.memo.get(key);
      if (hit && hit.text === text && hit.generation === generation) return hit.items;
      anchors = files.flatMap((file) => {
        const placed = anchorAnnotation(text, file.annotation);
        return placed ? [{ file, anchor: placed }] : [];
      });
      if (text.length > this.config.maxDocumentSize(uri)) model = { actors: [], figures: [], disputes: [], interests: [], findings: [] };
      else {
        // In the background: a closed document's analysis never keeps the open documents' waiting.
        const base = await this.analyzer.analyze(`workspace:${key}`, text, { disputeSeverity: this.config.disputeSeverity(uri) }, undefined, 'background');
        const placed = anchors.flatMap(({ file, anchor: a }) => (a.status === 'anchored' ? [{ annotation: file.annotation, start: a.start, end: a.end }] : []));
        model = applyAnnotations(base, text, placed, { disputeSeverity: this.config.disputeSeverity(uri) });
      }
    }
    const items: WorkspaceItem[] = anchors.map(({ file, anchor: a }) => ({
      kind: file.annotation.body.kind,
      label: file.annotation.body.value || (file.annotation.body.fields?.status ?? file.annotation.body.kind),
      author: file.annotation.creator.name,
      status: a.status === 'orphan' ? 'orphan' : a.needsReview ? 'needs review' : file.annotation.body.fields?.status ?? null,
      id: file.annotation.id,
      start: a.status === 'anchored' ? a.start : null,
      end: a.status === 'anchored' ? a.end : null,
      quote: file.annotation.target.selector[0].exact,
    }));
    const figures = new Map(model.figures.map((f) => [f.id, f]));
    for (const d of model.disputes) {
      const first = figures.get(d.figures[0]);
      items.push({ kind: 'dispute', label: d.message, author: null, status: d.review?.status ?? null, id: null, start: first?.start ?? null, end: first?.end ?? null, quote: first?.text ?? '' });
    }
    if (!open) this.memo.set(uri.toString(), { text, generation, items });
    return items;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Registers the workspace view and its filter commands. */
export function registerWorkspaceView(store: AnnotationStore, models: AnnotatedModels, analyzer: Analyzer, config: Config, log: Logger): { disposable: vscode.Disposable; tree: WorkspaceTree } {
  const tree = new WorkspaceTree(store, models, analyzer, config, log);
  return {
    tree,
    disposable: vscode.Disposable.from(
      tree,
      vscode.commands.registerCommand(WorkspaceCommands.filter, async (query?: string) => {
        const value = typeof query === 'string' ? query : await vscode.window.showInputBox({
          title: 'Filter workspace annotations and disputes',
          prompt: 'Words to find, and any of author:NAME, kind:note|actor|interest|claim|dispute, status:orphan|confirmed|not-a-dispute|resolved',
          value: tree.currentFilter,
        });
        if (value !== undefined) await tree.setFilter(value);
      }),
      vscode.commands.registerCommand(WorkspaceCommands.clearFilter, () => tree.setFilter('')),
      vscode.commands.registerCommand(WorkspaceCommands.refresh, () => tree.refresh()),
    ),
  };
}
