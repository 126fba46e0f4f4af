import * as vscode from 'vscode';
import {
  checkAnnotationFile, duplicateGroups, isVocabularyRule, fileNameOf, folderSettingProblem, idProblem, parseStoredAnnotation, randomToken, salvageTargetSource, serializeAnnotation, serializeReply, TextIndex,
  type Annotation, type ConflictSides, type FileProblemCode, type FormatError, type LineColumn, type Reply,
} from '../core';
import type { Logger } from './logger';

/** One annotation file that loaded. `text` is the file's content as last read or written here. */
export interface LoadedFile {
  readonly uri: vscode.Uri;
  /** The workspace folder (its URI) whose annotations folder holds the file. */
  readonly folder: string;
  readonly annotation: Annotation;
  readonly text: string;
}

/** One reply's file: an answer to an annotation in its thread. */
export interface ReplyFile {
  readonly uri: vscode.Uri;
  readonly folder: string;
  readonly reply: Reply;
  readonly text: string;
}

/** One annotation file that cannot be used as it is, and why; it is never rewritten unless a person asks. */
export interface ProblemFile {
  readonly uri: vscode.Uri;
  readonly folder: string;
  readonly error: FormatError;
  readonly at: LineColumn;
  /** A diagnostic code for the kind of problem. */
  readonly code: FileProblemCode;
  /** For a file git left with conflict markers: its two sides. */
  readonly conflict?: ConflictSides;
  readonly text?: string;
  /** The document the file seems to be about (its target's source, read leniently), when that can be told. */
  readonly source?: string;
}

/** One file under an annotations folder: a valid annotation, a reply, or the problem that stops it loading. */
export type StoredFile = LoadedFile | ReplyFile | ProblemFile;

/** Thrown when a file changed on disk since the version a change was based on: nothing was written. */
export class StaleFileError extends Error {
  constructor(readonly uri: vscode.Uri, what: string) {
    super(`${vscode.workspace.asRelativePath(uri)} ${what} since Marginalia read it (a teammate's pull, a hand edit or another window); nothing was written. The file as it is now has been loaded.`);
  }
}

const DEFAULT_FOLDER = '.marginalia';
let warnedSetting: string | undefined;

/**
 * The folder, relative to each workspace folder, that holds annotation files. A setting that leads outside
 * the workspace folder (`../elsewhere`, an absolute path) is refused, with a warning, for `.marginalia`.
 */
export function annotationsFolder(): string {
  const setting = vscode.workspace.getConfiguration('marginalia').get<string>('annotations.folder', DEFAULT_FOLDER) || DEFAULT_FOLDER;
  const problem = folderSettingProblem(setting);
  if (!problem) return setting.replace(/\\/g, '/').replace(/\/+$/, '');
  if (warnedSetting !== setting) {
    warnedSetting = setting;
    void vscode.window.showWarningMessage(`Marginalia: the setting marginalia.annotations.folder ${problem}; annotation files are kept in ${DEFAULT_FOLDER} instead.`);
  }
  return DEFAULT_FOLDER;
}

/** A document's path as annotations record it: relative to its own workspace folder, forward slashes. */
export function sourceOf(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
}

/** True for a loaded annotation of a document. */
export function isLoaded(f: StoredFile): f is LoadedFile {
  return 'annotation' in f;
}

/** True for a loaded reply. */
export function isReply(f: StoredFile): f is ReplyFile {
  return 'reply' in f;
}

/** True for a file that cannot be used as it is. */
export function isProblem(f: StoredFile): f is ProblemFile {
  return 'error' in f;
}

/**
 * The workspace's annotation files, one annotation per file, named after its id: loaded at start, kept
 * current by a file watcher (a teammate's pull, a hand edit), written atomically (temporary file, then
 * rename) one at a time.
 *
 * Nothing is rewritten that a person did not mean to change: a file that does not parse, whose name is not
 * its id, or whose id another file of the same workspace folder also has, is reported and left alone (never
 * resolved by picking one); a change is written only if the file is still the one the change was based on;
 * a new file never replaces an existing one; writes stay inside the workspace folder and never follow a
 * symbolic link. Each workspace folder's annotations belong to that folder's documents only.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly files = new Map<string, StoredFile>();
  /** Files whose id another file of the same workspace folder also has, by file key. */
  private duplicates = new Map<string, ProblemFile>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private writes: Promise<unknown> = Promise.resolve();
  /** The replies by the folder and id of the annotation they answer, for one generation. */
  private replyIndex: { generation: number; byParent: Map<string, ReplyFile[]> } | undefined;
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
    // A folder removed under the annotations folder takes its files with it: one event, for the folder.
    const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${annotationsFolder()}/**`), true, true, false);
    const key = folder.uri.toString();
    this.watchers.set(key, vscode.Disposable.from(
      watcher,
      folders,
      folders.onDidDelete((u) => this.forget(u)),
      watcher.onDidCreate((u) => void this.reload(u, key)),
      watcher.onDidChange((u) => void this.reload(u, key)),
      watcher.onDidDelete((u) => this.forget(u)),
    ));
    try {
      const uris = await vscode.workspace.findFiles(pattern, undefined, 100_000);
      await Promise.all(uris.map((u) => this.read(u, key)));
    } catch (error) {
      this.log.error(`Could not load the annotations of ${folder.name}`, error);
    }
  }

  /** Stops watching a removed folder and drops its files from memory (the files stay on disk). */
  private removeFolder(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
    for (const [k, f] of [...this.files]) if (f.folder === key) this.files.delete(k);
  }

  private async read(uri: vscode.Uri, folder: string): Promise<void> {
    let text: string;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      text = new TextDecoder('utf-8').decode(bytes);
    } catch (error) {
      this.files.set(uri.toString(), {
        uri, folder, code: 'malformed-annotation-file', at: { line: 1, column: 1 },
        error: { message: `Cannot read the file: ${error instanceof Error ? error.message : String(error)}`, offset: 0 },
      });
      return;
    }
    this.files.set(uri.toString(), classify(uri, folder, text));
  }

  private async reload(uri: vscode.Uri, folder: string): Promise<void> {
    await this.read(uri, folder);
    this.bump();
  }

  /** Drops a deleted file, or every file under a deleted folder. */
  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    let dropped = this.files.delete(key);
    for (const k of [...this.files.keys()]) if (k.startsWith(`${key}/`)) dropped = this.files.delete(k) || dropped;
    if (dropped) this.bump();
  }

  private bump(): void {
    this.duplicates = findDuplicates(this.files);
    this.generation++;
    this.changed.fire();
  }

  /** Every file, valid or not; a file whose id is duplicated appears as its problem. */
  all(): StoredFile[] {
    return [...this.files.entries()].map(([k, f]) => this.duplicates.get(k) ?? f);
  }

  /** The files that cannot be used as they are, with why. */
  problems(): ProblemFile[] {
    return this.all().filter(isProblem);
  }

  /** The files that do not load but seem to be about this document (same workspace folder, its path as their source). */
  problemsFor(uri: vscode.Uri): ProblemFile[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
    if (!folder) return [];
    const source = sourceOf(uri);
    return this.problems().filter((f) => f.folder === folder && f.source === source);
  }

  /** The usable annotation files, duplicates left out. */
  private loaded(): LoadedFile[] {
    const out: LoadedFile[] = [];
    for (const [k, f] of this.files) if (isLoaded(f) && !this.duplicates.has(k)) out.push(f);
    return out;
  }

  /**
   * The valid annotation files of one document: those of its own workspace folder whose source is its path,
   * and the folder's team vocabulary rules (source `*`), which apply to every document.
   */
  filesFor(uri: vscode.Uri): LoadedFile[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
    if (!folder) return [];
    const source = sourceOf(uri);
    return this.loaded().filter((f) => f.folder === folder && (f.annotation.target.source === source || isVocabularyRule(f.annotation)))
      .sort((a, b) => a.annotation.created.localeCompare(b.annotation.created) || a.annotation.id.localeCompare(b.annotation.id));
  }

  /**
   * The replies to an annotation, oldest first: those of the annotation's own workspace folder whose target
   * is its id.
   */
  repliesTo(parent: LoadedFile): readonly ReplyFile[] {
    if (this.replyIndex?.generation !== this.generation) {
      const byParent = new Map<string, ReplyFile[]>();
      for (const [k, f] of this.files) {
        if (!isReply(f) || this.duplicates.has(k)) continue;
        const key = `${f.folder}\n${f.reply.target}`;
        const list = byParent.get(key);
        if (list) list.push(f);
        else byParent.set(key, [f]);
      }
      for (const list of byParent.values()) list.sort((a, b) => a.reply.created.localeCompare(b.reply.created) || a.reply.id.localeCompare(b.reply.id));
      this.replyIndex = { generation: this.generation, byParent };
    }
    return this.replyIndex.byParent.get(`${parent.folder}\n${parent.annotation.id}`) ?? [];
  }

  /** Replies whose annotation is not (or no longer) in their workspace folder: kept, and listed so that a person can act on them. */
  orphanReplies(): ReplyFile[] {
    const ids = new Set(this.loaded().map((f) => `${f.folder}\n${f.annotation.id}`));
    const out: ReplyFile[] = [];
    for (const [k, f] of this.files) if (isReply(f) && !this.duplicates.has(k) && !ids.has(`${f.folder}\n${f.reply.target}`)) out.push(f);
    return out;
  }

  /** The reply file with this id, in the workspace folder of `near` when several folders have one. */
  findReply(id: string, near: vscode.Uri | undefined = vscode.window.activeTextEditor?.document.uri): ReplyFile | undefined {
    const matches: ReplyFile[] = [];
    for (const [k, f] of this.files) if (isReply(f) && !this.duplicates.has(k) && f.reply.id === id) matches.push(f);
    if (matches.length <= 1) return matches[0];
    const folder = near && vscode.workspace.getWorkspaceFolder(near)?.uri.toString();
    const inFolder = matches.filter((f) => f.folder === folder);
    return inFolder.length === 1 ? inFolder[0] : undefined;
  }

  /** The valid annotations of one document (see {@link filesFor}). */
  forDocument(uri: vscode.Uri): Annotation[] {
    return this.filesFor(uri).map((f) => f.annotation);
  }

  /**
   * The file and annotation with this id, if it loaded: in the workspace folder of `near` (a document or
   * folder URI; by default the active editor's document). An id found in several folders and none of them
   * named is not guessed at.
   */
  find(id: string, near: vscode.Uri | undefined = vscode.window.activeTextEditor?.document.uri): LoadedFile | undefined {
    const matches = this.loaded().filter((f) => f.annotation.id === id);
    if (matches.length <= 1) return matches[0];
    const folder = near && vscode.workspace.getWorkspaceFolder(near)?.uri.toString();
    const inFolder = matches.filter((f) => f.folder === folder);
    return inFolder.length === 1 ? inFolder[0] : undefined;
  }

  /** Where an annotation with this id is stored in a workspace folder. */
  uriFor(id: string, folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, annotationsFolder(), fileNameOf(id));
  }

  /**
   * Writes a new annotation to its own file, named after its id (atomically; writes never interleave), and
   * loads it. Refuses an unsafe id, and never replaces a file that is already there.
   */
  save(annotation: Annotation | Reply, folder: vscode.WorkspaceFolder): Promise<vscode.Uri> {
    const problem = idProblem(annotation.id);
    if (problem) return Promise.reject(new Error(`Cannot store the annotation: ${problem}.`));
    const dir = vscode.Uri.joinPath(folder.uri, annotationsFolder());
    const name = fileNameOf(annotation.id);
    const target = vscode.Uri.joinPath(dir, name);
    return this.queue(async () => {
      await ensureInside(folder.uri, dir, true);
      if (await exists(target)) throw new Error(`${vscode.workspace.asRelativePath(target)} already exists; Marginalia does not replace another annotation's file.`);
      const reply = 'motivation' in annotation;
      const text = serialize(annotation);
      await writeAtomically(vscode.Uri.joinPath(dir, `.${name}.${tmpSuffix()}`), target, text, false);
      const base = { uri: target, folder: folder.uri.toString(), text };
      this.files.set(target.toString(), reply ? { ...base, reply: annotation } : { ...base, annotation });
      this.bump();
      return target;
    });
  }

  /** Replaces a reply's text, as {@link update} does an annotation's, if its file is unchanged since `base`. */
  updateReply(reply: Reply, base: ReplyFile): Promise<void> {
    if (reply.id !== base.reply.id) return Promise.reject(new Error('A reply keeps its id when it is changed.'));
    return this.queue(async () => {
      await ensureInside(vscode.Uri.parse(base.folder), base.uri, false);
      await this.checkUnchanged(base);
      const text = serializeReply(reply);
      await writeAtomically(vscode.Uri.joinPath(base.uri, '..', `.${fileNameOf(reply.id)}.${tmpSuffix()}`), base.uri, text, true);
      this.files.set(base.uri.toString(), { uri: base.uri, folder: base.folder, reply, text });
      this.bump();
    });
  }

  /**
   * Replaces the annotation in a loaded file (atomically, in turn with other writes), if the file on disk is
   * still the version `base` was read from; else loads the file as it is now and throws {@link StaleFileError}.
   * The id may not change: the file is named after it.
   */
  update(annotation: Annotation, base: LoadedFile): Promise<void> {
    if (annotation.id !== base.annotation.id) return Promise.reject(new Error('An annotation keeps its id when it is changed.'));
    return this.queue(async () => {
      const folder = vscode.Uri.parse(base.folder);
      await ensureInside(folder, base.uri, false);
      await this.checkUnchanged(base);
      const text = serializeAnnotation(annotation);
      await writeAtomically(vscode.Uri.joinPath(base.uri, '..', `.${fileNameOf(annotation.id)}.${tmpSuffix()}`), base.uri, text, true);
      this.files.set(base.uri.toString(), { uri: base.uri, folder: base.folder, annotation, text });
      this.bump();
    });
  }

  /** Deletes an annotation's or a reply's file, only ever after a person asked, and only if it is unchanged since `base` was read. */
  delete(base: LoadedFile | ReplyFile): Promise<void> {
    return this.queue(async () => {
      await ensureInside(vscode.Uri.parse(base.folder), base.uri, false);
      await this.checkUnchanged(base);
      await vscode.workspace.fs.delete(base.uri, { useTrash: false }).then(undefined, (error: unknown) => {
        if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
      });
      this.forget(base.uri);
    });
  }

  /**
   * Settles a file git left with conflict markers, as a person chose: keep one side, or keep both (the
   * other side under a new id, in a file of its own). The file must still be the one that was reported.
   */
  resolveConflict(uri: vscode.Uri, choice: 'ours' | 'theirs' | 'both', newId: () => string): Promise<void> {
    const file = this.files.get(uri.toString());
    if (!file || !isProblem(file) || !file.conflict) return Promise.reject(new Error(`${vscode.workspace.asRelativePath(uri)} has no merge conflict to settle.`));
    const ours = parseStoredAnnotation(file.conflict.ours);
    const theirs = parseStoredAnnotation(file.conflict.theirs);
    const keep = choice === 'theirs' ? theirs : ours;
    if ('error' in keep) return Promise.reject(new Error(`The ${choice === 'theirs' ? 'incoming' : 'current'} side does not load: ${keep.error.message}`));
    if (choice === 'both' && 'error' in theirs) return Promise.reject(new Error(`The incoming side does not load: ${theirs.error.message}`));
    return this.queue(async () => {
      const folder = vscode.Uri.parse(file.folder);
      await ensureInside(folder, uri, false);
      const now = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      if (now !== file.text) {
        await this.read(uri, file.folder);
        this.bump();
        throw new StaleFileError(uri, 'changed');
      }
      const kept = 'reply' in keep ? keep.reply : keep.annotation;
      const text = serialize(kept);
      await writeAtomically(vscode.Uri.joinPath(uri, '..', `.${fileNameOf(kept.id)}.${tmpSuffix()}`), uri, text, true);
      this.files.set(uri.toString(), classify(uri, file.folder, text));
      if (choice === 'both' && !('error' in theirs)) {
        const other = { ...('reply' in theirs ? theirs.reply : theirs.annotation), id: newId() };
        const target = vscode.Uri.joinPath(uri, '..', fileNameOf(other.id));
        const otherText = serialize(other);
        await writeAtomically(vscode.Uri.joinPath(uri, '..', `.${fileNameOf(other.id)}.${tmpSuffix()}`), target, otherText, false);
        this.files.set(target.toString(), classify(target, file.folder, otherText));
      }
      this.bump();
    });
  }

  /** Throws (after loading the file as it is) when the file on disk is not the text `base` was read from. */
  private async checkUnchanged(base: LoadedFile | ReplyFile): Promise<void> {
    let now: string | undefined;
    try {
      now = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(base.uri));
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
    }
    if (now === base.text) return;
    if (now === undefined) this.files.delete(base.uri.toString());
    else this.files.set(base.uri.toString(), classify(base.uri, base.folder, now));
    this.bump();
    throw new StaleFileError(base.uri, now === undefined ? 'was deleted' : 'changed');
  }

  private queue<T>(work: () => Promise<T>): Promise<T> {
    const job = this.writes.then(work);
    this.writes = job.catch(() => undefined);
    return job;
  }

  dispose(): void {
    for (const s of [...this.subscriptions, ...this.watchers.values()]) s.dispose();
  }
}

/** A file's text for an annotation or a reply. */
function serialize(a: Annotation | Reply): string {
  return 'motivation' in a ? serializeReply(a) : serializeAnnotation(a);
}

/** What a file's text makes of it: an annotation, or the problem with it (the same rules as the CLI's). */
function classify(uri: vscode.Uri, folder: string, text: string): StoredFile {
  const check = checkAnnotationFile(uri.path.slice(uri.path.lastIndexOf('/') + 1), text);
  if (check.ok) return 'reply' in check ? { uri, folder, reply: check.reply, text } : { uri, folder, annotation: check.annotation, text };
  const message = check.code === 'annotation-merge-conflict' ? `${check.message} with the quick fixes` : check.message;
  return {
    uri, folder, text, code: check.code, conflict: check.conflict, error: { message, offset: check.offset },
    at: new TextIndex(text).toLineColumn(check.offset), source: salvageTargetSource(text),
  };
}

/** The files of one workspace folder that share an id, each as a problem naming the others. */
function findDuplicates(files: ReadonlyMap<string, StoredFile>): Map<string, ProblemFile> {
  const loaded = [...files].filter((e): e is [string, LoadedFile | ReplyFile] => !isProblem(e[1]));
  const idOf = (f: LoadedFile | ReplyFile) => (isLoaded(f) ? f.annotation.id : f.reply.id);
  const out = new Map<string, ProblemFile>();
  for (const list of duplicateGroups(loaded, ([, f]) => idOf(f), ([, f]) => f.folder)) {
    for (const [k, f] of list) {
      const others = list.filter(([o]) => o !== k).map(([, o]) => vscode.workspace.asRelativePath(o.uri)).join(', ');
      const offset = Math.max(0, f.text.indexOf('"id"'));
      out.set(k, {
        uri: f.uri, folder: f.folder, text: f.text, code: 'duplicate-annotation-id', at: new TextIndex(f.text).toLineColumn(offset),
        source: isLoaded(f) ? f.annotation.target.source : undefined,
        error: { offset, message: `its id "${idOf(f)}" is also the id of ${others}; neither is used until one of them gets another id.` },
      });
    }
  }
  return out;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses a write unless every step from the workspace folder down to `target` is a real folder (or, for
 * the last step, file) inside it: no `..`, no symbolic link that could lead the write elsewhere. Creates the
 * missing folders when `isFolder`.
 */
async function ensureInside(root: vscode.Uri, target: vscode.Uri, isFolder: boolean): Promise<void> {
  const rootPath = root.path.replace(/\/+$/, '');
  if (target.scheme !== root.scheme || target.authority !== root.authority || !target.path.startsWith(`${rootPath}/`)) {
    throw new Error(`${target.toString(true)} is outside the workspace folder; Marginalia writes annotation files only inside it.`);
  }
  const steps = target.path.slice(rootPath.length + 1).split('/');
  if (steps.some((s) => s === '..' || s === '.' || s === '')) throw new Error(`${target.toString(true)} is not a plain path inside the workspace folder.`);
  let at = root;
  for (let i = 0; i < steps.length; i++) {
    at = vscode.Uri.joinPath(at, steps[i]);
    let stat: vscode.FileStat | undefined;
    try {
      stat = await vscode.workspace.fs.stat(at);
    } catch {
      stat = undefined;
    }
    if (stat && (stat.type & vscode.FileType.SymbolicLink) !== 0) {
      throw new Error(`${vscode.workspace.asRelativePath(at)} is a symbolic link; Marginalia does not write annotation files through one, as it may lead outside the workspace.`);
    }
    const last = i === steps.length - 1;
    if (!stat && (isFolder || !last)) await vscode.workspace.fs.createDirectory(at);
  }
}

/** A name for a temporary file beside its target that no other window or clone picks at the same time. */
function tmpSuffix(): string {
  // getRandomValues, not randomUUID: the latter exists only in a secure context, which a browser workbench
  // served over plain http (code-server on a LAN address) is not.
  return `${Date.now()}.${randomToken(8, '0123456789abcdef')}.tmp`;
}

/**
 * Writes a file's text to a temporary file, then renames it over its target, through `workspace.fs` (so it
 * works on any file system VS Code has, virtual ones included): a reader never sees half a file.
 */
async function writeAtomically(tmp: vscode.Uri, target: vscode.Uri, text: string, overwrite: boolean): Promise<void> {
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(tmp, target, { overwrite });
  } catch (error) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw error;
  }
}
