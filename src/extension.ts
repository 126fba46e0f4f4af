import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { registerConflictFixes } from './features/annotations/conflictFixes';
import { registerCommands } from './features/commands';
import { NoteThreads } from './features/comments/noteThreads';
import { registerDiagnosticsSupport } from './features/diagnostics/diagnosticsProvider';
import { registerQuickFixes } from './features/diagnostics/quickFixes';
import { PreviewSupport } from './features/preview/previewSupport';
import { registerWorkspaceView, type WorkspaceTree } from './features/workspace/workspaceTree';
import { registerHoverSupport } from './features/hover/hoverProvider';
import { registerSidebarSupport, type SidebarProvider } from './features/sidebar/sidebarProvider';
import { registerStatusBar } from './features/statusBar/statusBarItem';
import { Analyzer } from './host/analyzer';
import { AnnotatedModels } from './host/annotatedModels';
import { AnnotationAnchors } from './host/annotationAnchors';
import { AnnotationStore } from './host/annotationStore';
import { Config } from './host/config';
import { Logger } from './host/logger';
import { ModelCache } from './host/modelCache';
import { platform, type HostKind } from './host/platform';

/** What the extension exports to other extensions and to its integration tests. */
export interface MarginaliaApi {
  readonly cache: ModelCache;
  /** The built-in Markdown preview's plugin (`markdown.markdownItPlugins`). */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  readonly preview: PreviewSupport;
  /** The Workspace view: annotations and disputes across the workspace. */
  readonly workspace: WorkspaceTree;
  /** Runs the analyses (inline or in the worker). */
  readonly analyzer: Analyzer;
  /** The models with the team's annotations applied: what every surface shows. */
  readonly models: AnnotatedModels;
  readonly sidebar: SidebarProvider;
  readonly annotations: AnnotationStore;
  /** Notes shown as comment threads. */
  readonly notes: NoteThreads;
  /** The extension host this bundle was built for: `node` (package.json `main`) or `web` (`browser`). */
  readonly host: HostKind;
}

/** Composition root: builds the services and registers each feature. */
export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  const log = new Logger();
  const config = new Config();
  const analyzer = new Analyzer(platform.analysisWorker(context.extensionUri), log);
  const cache = new ModelCache(analyzer, config, log);
  const docs = platform.readme(context).with({ fragment: 'how-disputed-figures-are-decided' });
  const store = new AnnotationStore(log);
  const anchors = new AnnotationAnchors(store);
  const models = new AnnotatedModels(cache, anchors, config);
  const notes = new NoteThreads(anchors, store, config, log);
  const sidebar = registerSidebarSupport(context.extensionUri, cache, config, log, models, store);
  context.subscriptions.push(
    log,
    cache,
    store,
    registerHoverSupport(models, config, log),
    registerDiagnosticsSupport(cache, config, log, docs, store, models),
    vscode.workspace.onDidCloseTextDocument((d) => {
      anchors.forget(d.uri);
      models.forget(d.uri);
    }),
    sidebar.disposable,
    registerCommands(cache, models, store, notes, log),
    registerConflictFixes(store, log),
    registerQuickFixes(models, store, log),
    notes,
    registerStatusBar(cache),
    { dispose: () => analyzer.dispose() },
  );
  log.info(`Marginalia activated in the ${platform.describe()}`);
  const preview = new PreviewSupport(models, log);
  const workspaceView = registerWorkspaceView(store, models, analyzer, config, log);
  context.subscriptions.push(preview, workspaceView.disposable);
  return { host: platform.host, cache, analyzer, models, sidebar: sidebar.provider, annotations: store, notes, preview, workspace: workspaceView.tree, extendMarkdownIt: (md) => preview.extend(md) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
