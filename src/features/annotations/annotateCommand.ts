import * as vscode from 'vscode';
import { isMarkdown } from '../../host/modelCache';
import { formatFigureValue, makeSelectors, newAnnotationId, WORKSPACE_SOURCE, type Actor, type ActorAction, type ActorKind, type Annotation, type AnnotationBody, type AnnotationKind, type DocumentModel, type Figure, type ReviewStatus } from '../../core';
import type { AnnotatedModels } from '../../host/annotatedModels';
import { sourceOf, type AnnotationStore } from '../../host/annotationStore';
import type { Logger } from '../../host/logger';
import { platform } from '../../host/platform';
import { lineOf } from '../../host/ranges';

/**
 * Arguments for running the command without prompts (tests, other extensions): the kind, the value and the
 * kind's fields, exactly as they are stored (see the README's file format).
 */
export interface AnnotateArgs {
  readonly kind: AnnotationKind;
  readonly value: string;
  readonly fields?: Readonly<Record<string, string>>;
  /** For `dispute-review`, the same as `fields.status`. */
  readonly status?: 'confirmed' | 'not-a-dispute' | 'resolved';
  /**
   * For an actor (declare, alias, not an actor): `workspace` makes it a team vocabulary rule that applies to
   * every document of the workspace folder (its source is `*`); by default it is this document's.
   */
  readonly scope?: 'document' | 'workspace';
}

/** The author: `git config user.name` in the workspace folder (not on the web), else the marginalia.author setting. */
export function author(folder: vscode.WorkspaceFolder): Promise<string> {
  const fallback = vscode.workspace.getConfiguration('marginalia').get<string>('author', '') || 'Unknown author';
  // Restricted Mode: git may run hooks and config of the untrusted folder, so it is not run there.
  if (!vscode.workspace.isTrusted || folder.uri.scheme !== 'file') return Promise.resolve(fallback);
  // No git in the web extension host: there `gitUserName` answers `undefined` and the setting is used.
  return platform.gitUserName(folder).then((name) => name ?? fallback);
}

/** A new annotation id: the time (sortable) and a random part from the platform's crypto (so two clones never pick the same one). */
export function newId(): string {
  return newAnnotationId();
}

const PURPOSE: Record<AnnotationKind, AnnotationBody['purpose']> = {
  note: 'commenting', actor: 'describing', interest: 'describing', claim: 'describing', 'dispute-review': 'assessing',
};

const KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person', country: 'Country', organisation: 'Organisation', group: 'Group of sources (police, analysts…)', other: 'Other',
};

/** What the selection covers in the model: the actor named there and the figure stated there, if any. */
function atSelection(model: DocumentModel, start: number, end: number): { actor?: Actor; figure?: Figure } {
  const overlaps = (s: { start: number; end: number }) => s.start < Math.max(end, start + 1) && Math.min(start, end - 1) < s.end;
  const actor = model.actors.find((a) => a.mentions.some(overlaps));
  const figure = model.figures.find(overlaps);
  return { actor, figure };
}

type Choice<T> = vscode.QuickPickItem & { readonly value: T };
/** One annotation to write; `target` puts it on another figure than the selection (linking both ways). */
type AnnotateInput = AnnotateArgs & { readonly target?: Figure };

async function pickActor(model: DocumentModel, title: string, extra: Array<Choice<string>> = [], exclude?: string): Promise<string | undefined> {
  const items: Array<Choice<string>> = [
    ...extra,
    ...[...model.actors].filter((a) => a.id !== exclude).sort((a, b) => a.name.localeCompare(b.name))
      .map((a) => ({ label: a.name, description: a.kind, detail: a.aliases.length > 0 ? `also ${a.aliases.join(', ')}` : undefined, value: a.id })),
  ];
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Marginalia: this document has no actors yet. Declare one first (Annotate Selection… → Actor → New actor).');
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true }))?.value;
}

const ARTICLE: Choice<string> = { label: '$(file) The article itself', description: 'no source: the article\'s own voice', value: '' };

async function askActor(model: DocumentModel, selected: string, at: { actor?: Actor }): Promise<AnnotateArgs | undefined> {
  const items: Array<Choice<ActorAction>> = [];
  if (at.actor) {
    items.push(
      { label: `$(edit) Rename “${at.actor.name}”…`, value: 'rename' },
      { label: `$(merge) Merge “${at.actor.name}” into another actor…`, description: 'they are the same actor', value: 'merge' },
      { label: `$(circle-slash) “${at.actor.name}” is not an actor`, value: 'not-an-actor' },
    );
  }
  items.push(
    { label: `$(add) New actor “${selected}”…`, description: 'declare the selected words an actor', value: 'declare' },
    { label: `$(link) “${selected}” is another name for…`, description: 'an alias of an existing actor', value: 'alias' },
  );
  const action = (await vscode.window.showQuickPick(items, { title: 'Actor', placeHolder: 'What should Marginalia know about this actor?' }))?.value;
  if (!action) return undefined;
  switch (action) {
    case 'rename': {
      const name = await vscode.window.showInputBox({ title: 'Rename actor', value: at.actor?.name, prompt: 'The name to show for this actor', ignoreFocusOut: true });
      return name?.trim() ? { kind: 'actor', value: name.trim(), fields: { action, actor: at.actor?.id ?? '' } } : undefined;
    }
    case 'merge': {
      const into = await pickActor(model, `Merge “${at.actor?.name}” into…`, [], at.actor?.id);
      const target = model.actors.find((a) => a.id === into);
      return target ? { kind: 'actor', value: `Same actor as ${target.name}`, fields: { action, actor: target.id } } : undefined;
    }
    case 'not-an-actor':
      return { kind: 'actor', value: `${at.actor?.name ?? selected} is not an actor`, fields: { action, actor: at.actor?.id ?? '' } };
    case 'declare': {
      const name = await vscode.window.showInputBox({ title: 'New actor', value: selected, prompt: 'The actor\'s name', ignoreFocusOut: true });
      if (!name?.trim()) return undefined;
      const kind = await vscode.window.showQuickPick(
        (Object.keys(KIND_LABELS) as ActorKind[]).map((k): Choice<ActorKind> => ({ label: KIND_LABELS[k], value: k })), { title: `What is ${name.trim()}?` });
      return kind ? { kind: 'actor', value: name.trim(), fields: { action, actorKind: kind.value } } : undefined;
    }
    case 'alias': {
      const of = await pickActor(model, `“${selected}” is another name for…`);
      const target = model.actors.find((a) => a.id === of);
      return target ? { kind: 'actor', value: `Another name for ${target.name}`, fields: { action, actor: target.id } } : undefined;
    }
    default:
      return undefined;
  }
}

async function askInterest(model: DocumentModel, selected: string): Promise<AnnotateArgs | undefined> {
  const actor = await pickActor(model, 'Whose interest is it?');
  if (actor === undefined) return undefined;
  const interest = await vscode.window.showInputBox({ title: 'Claimed interest', value: selected, prompt: 'What the actor wants, gets or seeks', ignoreFocusOut: true });
  if (!interest?.trim()) return undefined;
  const claimedBy = await pickActor(model, 'Who says so?', [ARTICLE], undefined);
  return claimedBy === undefined ? undefined : { kind: 'interest', value: interest.trim(), fields: { actor, ...(claimedBy ? { claimedBy } : {}) } };
}

async function askClaim(model: DocumentModel, document: vscode.TextDocument, figure: Figure | undefined): Promise<AnnotateInput | AnnotateInput[] | undefined> {
  if (!figure) {
    void vscode.window.showInformationMessage('Marginalia: select a figure (a number the text states) to correct its claim.');
    return undefined;
  }
  const name = (id: string | null) => (id === null ? 'the article' : model.actors.find((a) => a.id === id)?.name ?? id);
  const what = await vscode.window.showQuickPick([
    { label: '$(person) Who claims it…', description: `now: ${name(figure.claimant)}`, value: 'claimant' as const },
    { label: '$(symbol-number) What it counts…', description: `now: ${figure.subject ?? 'unknown'}`, value: 'subject' as const },
    { label: '$(link) Same quantity as another figure…', description: 'compare the two for disputes', value: 'group' as const },
  ], { title: `Claim: ${formatFigureValue(figure)}`, placeHolder: 'What do you want to correct?' });
  if (!what) return undefined;
  if (what.value === 'claimant') {
    const claimant = await pickActor(model, `Who claims ${figure.text}?`, [ARTICLE]);
    return claimant === undefined ? undefined : { kind: 'claim', value: `Claimed by ${name(claimant || null)}`, fields: { claimant } };
  }
  if (what.value === 'subject') {
    const subject = await vscode.window.showInputBox({ title: `What does ${figure.text} count?`, value: figure.subject ?? '', prompt: 'The thing counted, e.g. "soldiers", "protesters", "deaths"', ignoreFocusOut: true });
    return subject?.trim() ? { kind: 'claim', value: `Counts ${subject.trim()}`, fields: { subject: subject.trim() } } : undefined;
  }
  const others = model.figures.filter((f) => f.id !== figure.id).map((f) => ({
    label: f.text, description: `${formatFigureValue(f)}${f.subject ? ` ${f.subject}` : ''} — ${name(f.claimant)}`, detail: `line ${lineOf(document, f.start)}`, value: f,
  }));
  const other = (await vscode.window.showQuickPick(others, { title: `${figure.text} is the same quantity as…`, matchOnDescription: true }))?.value;
  if (!other) return undefined;
  let group = other.subjectGroup ?? figure.subjectGroup;
  if (!group) {
    group = (await vscode.window.showInputBox({ title: 'Name the quantity', prompt: 'A short name for what both figures count', ignoreFocusOut: true }))?.trim() ?? '';
    if (!group) return undefined;
  }
  const mine: AnnotateArgs = { kind: 'claim', value: `Same quantity as ${other.text} (line ${lineOf(document, other.start)})`, fields: { group } };
  if (other.subjectGroup === group) return mine;
  // The other figure has no group of its own: it is annotated too, so the two are linked both ways.
  return [mine, { kind: 'claim', value: `Same quantity as ${figure.text} (line ${lineOf(document, figure.start)})`, fields: { group }, target: other }];
}

/** The verdicts of a dispute review, as the quick picks offer them (annotating and editing). */
export const REVIEW_CHOICES: ReadonlyArray<vscode.QuickPickItem & { readonly status: ReviewStatus }> = [
  { label: 'Confirmed', description: 'the sources really disagree', status: 'confirmed' },
  { label: 'Not a dispute', description: 'takes this figure out of the comparison for the whole team', status: 'not-a-dispute' },
  { label: 'Resolved', description: 'settled by a better source', status: 'resolved' },
];

async function askReview(): Promise<AnnotateArgs | undefined> {
  const status = await vscode.window.showQuickPick(REVIEW_CHOICES, { title: 'Dispute review', placeHolder: 'Your review of this disputed figure' });
  if (!status) return undefined;
  const value = await vscode.window.showInputBox({ title: 'Dispute review', prompt: 'A comment for your team (optional)', ignoreFocusOut: true });
  return value === undefined ? undefined : { kind: 'dispute-review', value, fields: { status: status.status } };
}

async function ask(model: DocumentModel, document: vscode.TextDocument, start: number, end: number): Promise<AnnotateInput | AnnotateInput[] | undefined> {
  const at = atSelection(model, start, end);
  const selected = document.getText().slice(start, end).replace(/\s+/g, ' ').trim();
  const kinds: Array<Choice<AnnotationKind>> = [
    { label: '$(note) Note', description: 'free text (Markdown) on the selection', value: 'note' },
    { label: '$(person) Actor', description: at.actor ? `rename, merge or dismiss ${at.actor.name}; or a new actor or alias` : 'declare an actor or an alias', value: 'actor' },
    { label: '$(heart) Interest', description: 'what a source says an actor wants or gets', value: 'interest' },
    { label: '$(symbol-number) Claim', description: at.figure ? `correct who claims ${at.figure.text} or what it counts` : 'select a figure first', value: 'claim' },
    { label: '$(law) Dispute review', description: 'confirm a disputed figure, mark it not a dispute, or resolved', value: 'dispute-review' },
  ];
  // The most likely kind first: a claim on a figure, an actor on a name.
  if (at.figure) kinds.unshift(...kinds.splice(3, 1));
  else if (at.actor) kinds.unshift(...kinds.splice(1, 1));
  const kind = (await vscode.window.showQuickPick(kinds, { title: 'Annotate Selection', placeHolder: 'What kind of annotation?' }))?.value;
  switch (kind) {
    case 'note': {
      const value = await vscode.window.showInputBox({ title: 'Note', prompt: 'Your note on the selected text (Markdown)', ignoreFocusOut: true });
      return value ? { kind: 'note', value } : undefined;
    }
    case 'actor': {
      const actor = await askActor(model, selected, at);
      if (!actor || actor.fields?.action === 'rename' || actor.fields?.action === 'merge') return actor;
      const scope = await vscode.window.showQuickPick([
        { label: 'This document', description: 'stored with this document', value: 'document' as const },
        { label: 'Also apply to all documents', description: 'a team vocabulary rule for every document in the workspace folder', value: 'workspace' as const },
      ], { title: 'Where does this apply?' });
      return scope ? { ...actor, scope: scope.value } : undefined;
    }
    case 'interest':
      return askInterest(model, selected);
    case 'claim':
      return askClaim(model, document, at.figure);
    case 'dispute-review':
      return askReview();
    default:
      return undefined;
  }
}

/** Builds the annotation record for a span of a document. */
export function buildAnnotation(document: vscode.TextDocument, start: number, end: number, input: AnnotateArgs, creator: string): Annotation {
  const now = new Date().toISOString();
  const fields = { ...(input.fields ?? {}), ...(input.kind === 'dispute-review' ? { status: input.fields?.status ?? input.status ?? 'confirmed' } : {}) };
  const body: AnnotationBody = {
    type: 'TextualBody', purpose: PURPOSE[input.kind], kind: input.kind, value: input.value,
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
  };
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: newId(),
    type: 'Annotation',
    creator: { type: 'Person', name: creator },
    created: now,
    modified: now,
    body,
    target: {
      source: input.scope === 'workspace' && input.kind === 'actor' ? WORKSPACE_SOURCE : sourceOf(document.uri),
      selector: makeSelectors(document.getText(), start, end),
    },
  };
}

/**
 * "Marginalia: Annotate Selection…": a note, an actor, an interest, a claim correction or a dispute review
 * on the selected text, saved as a file for the team. Returns the file(s) written.
 */
/**
 * The workspace folder of a document, where its annotations are stored; when it has none, says so to
 * the user and returns `undefined`.
 */
export function workspaceFolderOf(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) void vscode.window.showInformationMessage('Marginalia: annotations are stored in the workspace; open the document inside a workspace folder.');
  return folder;
}

export async function annotateSelection(store: AnnotationStore, models: AnnotatedModels, log: Logger, args?: AnnotateArgs): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isMarkdown(editor.document) || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Marginalia: select some text in a Markdown document to annotate it.');
    return undefined;
  }
  const folder = workspaceFolderOf(editor.document.uri);
  if (!folder) return undefined;
  const document = editor.document;
  const version = document.version;
  const start = document.offsetAt(editor.selection.start);
  const end = document.offsetAt(editor.selection.end);
  let inputs: AnnotateInput[];
  if (args) inputs = [args];
  else {
    const { model } = await models.get(document);
    const answer = await ask(model, document, start, end);
    if (!answer) return undefined;
    inputs = Array.isArray(answer) ? answer : [answer];
  }
  if (document.version !== version) {
    void vscode.window.showWarningMessage('Marginalia: the document changed while you were annotating; select the text again and retry.');
    return undefined;
  }
  try {
    const name = await author(folder);
    let first: vscode.Uri | undefined;
    for (const { target, ...input } of inputs) {
      const uri = await store.save(buildAnnotation(document, target?.start ?? start, target?.end ?? end, input, name), folder);
      first ??= uri;
    }
    return first;
  } catch (error) {
    // The reason (a symbolic link, a file already there …) is the person's to act on: say it plainly.
    void vscode.window.showErrorMessage(`Marginalia: the annotation was not saved: ${error instanceof Error ? error.message : String(error)}`);
    log.info(`Could not save the annotation: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return undefined;
  }
}
