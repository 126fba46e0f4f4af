import * as vscode from 'vscode';
import { parseAnnotation, serializeAnnotation, TextIndex, type Annotation, type FormatError, type LineColumn } from '../core';
import type { Logger } from './logger';

/** One file under the annotations folder: a valid annotation, or the problem that stops it loading. */
export type StoredFile =
  | { readonly uri: vscode.Uri; readonly annotation: Annotation }
  | { readonly uri: vscode.Uri; readonly error: FormatError; readonly at: LineColumn };

/** The folder, relative to each workspace folder, that holds annotation files. */
export function annotationsFolder(): string {
  return vscode.workspace.getConfiguration('marginalia').get<string>('annotations.folder', '.marginalia') || '.marginalia';
}

/** A document's path as annotations record it: workspace-relative, forward slashes. */
export function sourceOf(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
}

/**
 * The workspace's annotation files, one annotation per file: loaded at start, kept current by a file
 * watcher (a teammate's pull, a hand edit), written atomically (temporary file, then rename) one at a time.
 * A file that does not parse is reported and never rewritten; nothing is deleted unless a person asks.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly files = new Map<string, StoredFile>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private writes: Promise<unknown> = Promise.resolve();
  /** Bumped on every change, so anchors computed for an older state are recomputed. */
  generation = 0;
  readonly onDidChange = this.changed.event;
  readonly ready: Promise<void>;

  /** File watchers by workspace folder. */
  private readonly watchers = new Map<string, vscode.Disposable>();

  constructor(private readonly log: Logger) {
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.ready = Promise.all(folders.map((f) => this.addFolder(f))).then(() => this.bump());
    this.subscriptions.push(vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      for (const f of e.removed) this.removeFolder(f);
      void Promise.all(e.added.map((f) => this.addFolder(f))).then(() => this.bump());
      if (e.removed.length > 0) this.bump();
    }));
  }

  /** Watches a workspace folder's annotation files and reads the ones already there. */
  private async addFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const pattern = new vscode.RelativePattern(folder, `${annotationsFolder()}/**/*.json`);
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    this.watchers.set(folder.uri.toString(), vscode.Disposable.from(
      watcher,
      watcher.onDidCreate((u) => void this.reload(u)),
      watcher.onDidChange((u) => void this.reload(u)),
      watcher.onDidDelete((u) => this.forget(u)),
    ));
    try {
      const uris = await vscode.workspace.findFiles(pattern, undefined, 100_000);
      await Promise.all(uris.map((u) => this.read(u)));
    } catch (error) {
      this.log.error(`Could not load the annotations of ${folder.name}`, error);
    }
  }

  /** Stops watching a removed folder and drops its files from memory (the files stay on disk). */
  private removeFolder(folder: vscode.WorkspaceFolder): void {
    this.watchers.get(folder.uri.toString())?.dispose();
    this.watchers.delete(folder.uri.toString());
    const prefix = `${folder.uri.toString()}/`;
    for (const key of [...this.files.keys()]) if (key.startsWith(prefix)) this.files.delete(key);
  }

  private async read(uri: vscode.Uri): Promise<void> {
    let text: string;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      text = new TextDecoder('utf-8').decode(bytes);
    } catch (error) {
      this.files.set(uri.toString(), { uri, error: { message: `Cannot read the file: ${error instanceof Error ? error.message : String(error)}`, offset: 0 }, at: { line: 1, column: 1 } });
      return;
    }
    const parsed = parseAnnotation(text);
    this.files.set(uri.toString(), 'annotation' in parsed
      ? { uri, annotation: parsed.annotation }
      : { uri, error: parsed.error, at: new TextIndex(text).toLineColumn(parsed.error.offset) });
  }

  private async reload(uri: vscode.Uri): Promise<void> {
    await this.read(uri);
    this.bump();
  }

  private forget(uri: vscode.Uri): void {
    if (this.files.delete(uri.toString())) this.bump();
  }

  private bump(): void {
    this.generation++;
    this.changed.fire();
  }

  /** Every file, valid or not. */
  all(): StoredFile[] {
    return [...this.files.values()];
  }

  /** The valid annotations of one document. */
  forDocument(uri: vscode.Uri): Annotation[] {
    const source = sourceOf(uri);
    const out: Annotation[] = [];
    for (const f of this.files.values()) if ('annotation' in f && f.annotation.target.source === source) out.push(f.annotation);
    return out.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  }

  /** Writes an annotation to its own file (atomically; writes never interleave) and loads it. */
  save(annotation: Annotation, folder: vscode.WorkspaceFolder): Promise<vscode.Uri> {
    const dir = vscode.Uri.joinPath(folder.uri, annotationsFolder());
    const target = vscode.Uri.joinPath(dir, `${annotation.id}.json`);
    const existing = this.files.get(target.toString());
    if (existing && 'error' in existing) return Promise.reject(new Error(`${target.fsPath} does not parse; fix it by hand first (Marginalia never rewrites such a file).`));
    const job = this.writes.then(async () => {
      await vscode.workspace.fs.createDirectory(dir);
      await writeAtomically(vscode.Uri.joinPath(dir, `.${annotation.id}.${tmpSuffix()}`), target, annotation);
      this.files.set(target.toString(), { uri: target, annotation });
      this.bump();
      return target;
    });
    this.writes = job.catch(() => undefined);
    return job;
  }

  /** The file and annotation with this id, if it loaded. */
  find(id: string): { uri: vscode.Uri; annotation: Annotation } | undefined {
    for (const f of this.files.values()) if ('annotation' in f && f.annotation.id === id) return f;
    return undefined;
  }

  /** Replaces an annotation in its own file (atomically, in turn with other writes). */
  update(annotation: Annotation, uri: vscode.Uri): Promise<void> {
    const job = this.writes.then(async () => {
      await writeAtomically(uri.with({ path: `${uri.path}.${tmpSuffix()}` }), uri, annotation);
      this.files.set(uri.toString(), { uri, annotation });
      this.bump();
    });
    this.writes = job.catch(() => undefined);
    return job;
  }

  /** Deletes an annotation's file: only ever called after a person asked for it. */
  delete(uri: vscode.Uri): Promise<void> {
    const job = this.writes.then(async () => {
      await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, (error: unknown) => {
        if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
      });
      this.forget(uri);
    });
    this.writes = job.catch(() => undefined);
    return job;
  }

  dispose(): void {
    for (const s of [...this.subscriptions, ...this.watchers.values()]) s.dispose();
  }
}

/** A name for a temporary file beside its target that no other window or clone picks at the same time. */
function tmpSuffix(): string {
  return `${Date.now()}.${Math.random().toString(36).slice(2, 10)}.tmp`;
}

/**
 * Writes an annotation to a temporary file, then renames it over its target, through `workspace.fs` (so it
 * works on any file system VS Code has, virtual ones included): a reader never sees half a file.
 */
async function writeAtomically(tmp: vscode.Uri, target: vscode.Uri, annotation: Annotation): Promise<void> {
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(serializeAnnotation(annotation)));
  try {
    await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw error;
  }
}
