/**
 * The sidebar's browser script. Builds the whole view with DOM calls and `textContent`: document text is
 * never parsed as HTML. Keeps the filter and the expanded actors in the webview state.
 */
import type { ActorItem, AnnotationItem, DisputeItem, FromWebview, Place, Snapshot, ToWebview } from '../shared/protocol';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface UiState {
  filter: string;
  expanded: string[];
}

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
/** A live region that announces one line per change, not the whole rebuilt list. */
const status = document.getElementById('status') as HTMLElement | null;

function announce(text: string): void {
  if (status && status.textContent !== text) status.textContent = text;
}
const saved = vscode.getState() as Partial<UiState> | undefined;
const state: UiState = {
  filter: typeof saved?.filter === 'string' ? saved.filter : '',
  expanded: Array.isArray(saved?.expanded) ? saved.expanded.filter((x): x is string => typeof x === 'string') : [],
};

/** Mentions listed under an actor before the rest fold away, and the most listed at all. */
const MENTIONS_SHOWN = 8;
const MAX_MENTIONS = 100;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function icon(name: string): HTMLElement {
  const i = el('span', `codicon codicon-${name}`);
  i.setAttribute('aria-hidden', 'true');
  return i;
}

/** A button that reveals a place in the editor. */
function placeButton(uri: string, place: Place, label: string, className = 'place'): HTMLButtonElement {
  const b = el('button', className);
  b.type = 'button';
  b.textContent = label;
  b.title = `Go to line ${place.line}`;
  b.dataset.start = String(place.start);
  b.addEventListener('click', () => vscode.postMessage({ type: 'reveal', uri, start: place.start, end: place.end }));
  return b;
}

function renderEmpty(text: string, hint: string): void {
  announce(text);
  app.replaceChildren();
  const box = el('div', 'empty');
  box.append(icon('book'), el('p', 'empty-title', text), el('p', 'empty-hint', hint));
  app.append(box);
}

function renderDisputes(snapshot: Snapshot, disputes: readonly DisputeItem[]): HTMLElement {
  const section = el('section', 'disputes');
  section.setAttribute('aria-label', 'Disputed figures');
  const h = el('h2');
  h.append(icon('warning'), document.createTextNode(` Disputed figures (${disputes.length})`));
  section.append(h);
  if (disputes.length === 0) section.append(el('p', 'muted', 'No figure is disputed between sources.'));
  for (const d of disputes) {
    const card = el('div', 'dispute');
    const head = el('div', 'dispute-subject', d.subject);
    if (d.review) {
      const review = el('span', `review-status ${d.review.status}`, `${d.review.status} · ${d.review.author}`);
      if (d.review.comment) review.title = d.review.comment;
      head.append(document.createTextNode(' '), review);
    }
    card.append(head);
    const list = el('ul', 'claims');
    for (const f of d.figures) {
      const li = el('li');
      li.append(el('span', 'claimant', f.claimant), document.createTextNode(': '), placeButton(snapshot.uri, f, f.value, 'place figure'));
      li.append(el('span', 'line', ` line ${f.line}`));
      if (f.basis) li.append(el('div', 'basis muted', `basis: ${f.basis}`));
      for (const name of f.authors) li.append(document.createTextNode(' '), authorBadge(name));
      list.append(li);
    }
    if (d.figureCount > d.figures.length) list.append(el('li', 'muted', `… and ${d.figureCount - d.figures.length} more figures in the document`));
    card.append(list);
    section.append(card);
  }
  return section;
}

/** A button that asks the extension to act on an annotation. */
function actionButton(label: string, type: 'editAnnotation' | 'deleteAnnotation' | 'reattachAnnotation' | 'replyToAnnotation', id: string, className = ''): HTMLButtonElement {
  const button = el('button', `action ${className}`.trim(), label);
  button.type = 'button';
  button.addEventListener('click', () => vscode.postMessage({ type, id }));
  return button;
}

/** The badge that marks an item a person added or corrected. */
function authorBadge(name: string): HTMLElement {
  const badge = el('span', 'badge author', name);
  badge.title = `Annotated by ${name}`;
  return badge;
}

/** The kinds whose thread can be answered (as THREAD_KINDS in core). */
const THREAD_KINDS = ['note', 'dispute-review'];

/** A thread's replies, oldest first, each its text with its author; text is inserted as text. */
function renderReplies(a: AnnotationItem): HTMLElement {
  const list = el('ul', 'replies');
  list.setAttribute('aria-label', `${a.replyCount} ${a.replyCount === 1 ? 'reply' : 'replies'}`);
  for (const r of a.replies) {
    const li = el('li', 'reply');
    li.dataset.reply = r.id;
    li.append(el('span', 'badge author', r.author), el('span', 'reply-value', r.value));
    list.append(li);
  }
  if (a.replyCount > a.replies.length) list.append(el('li', 'muted', `and ${a.replyCount - a.replies.length} more in the comment thread`));
  return list;
}

function renderAnnotations(snapshot: Snapshot): HTMLElement {
  const section = el('section', 'annotations');
  section.setAttribute('aria-label', 'Annotations');
  const anchored = snapshot.annotations.filter((a) => a.place !== null);
  const orphans = snapshot.annotations.filter((a) => a.place === null);
  const h = el('h2');
  h.append(icon('note'), document.createTextNode(` Annotations (${anchored.length})`));
  section.append(h);
  if (snapshot.annotations.length === 0) section.append(el('p', 'muted', 'No annotations yet: select text and run “Marginalia: Annotate Selection…”.'));
  const list = el('ul', 'annotation-list');
  for (const a of anchored) {
    const li = el('li', 'annotation');
    li.dataset.annotation = a.id;
    const head = el('div', 'annotation-head');
    head.append(el('span', 'badge author', a.author), el('span', 'kind', a.status ? `${a.kind} · ${a.status}` : a.kind));
    if (a.needsReview) head.append(el('span', 'review', 'check placement'));
    li.append(head, el('div', 'annotation-value', a.value));
    if (a.place) li.append(placeButton(snapshot.uri, a.place, `“${a.place.text}” :${a.place.line}`, 'place evidence'));
    if (a.replyCount > 0) li.append(renderReplies(a));
    const actions = el('div', 'actions');
    if (THREAD_KINDS.includes(a.kind)) actions.append(actionButton('Reply…', 'replyToAnnotation', a.id));
    actions.append(actionButton('Edit…', 'editAnnotation', a.id), actionButton('Delete…', 'deleteAnnotation', a.id, 'danger'));
    li.append(actions);
    list.append(li);
  }
  section.append(list);
  if (orphans.length > 0) {
    const oh = el('h2');
    oh.append(icon('debug-disconnect'), document.createTextNode(` Orphans (${orphans.length})`));
    const ol = el('ul', 'annotation-list orphans');
    for (const a of orphans) {
      const li = el('li', 'annotation orphan');
      li.dataset.annotation = a.id;
      const head = el('div', 'annotation-head');
      head.append(el('span', 'badge author', a.author), el('span', 'kind', a.kind));
      li.append(head, el('div', 'annotation-value', a.value), el('div', 'muted', `was on “${a.quote}”`));
      const actions = el('div', 'actions');
      actions.append(actionButton('Re-attach to selection', 'reattachAnnotation', a.id), actionButton('Delete…', 'deleteAnnotation', a.id, 'danger'));
      li.append(actions);
      ol.append(li);
    }
    section.append(oh, ol);
  }
  return section;
}

function matches(actor: ActorItem, filter: string): boolean {
  if (!filter) return true;
  const f = filter.toLowerCase();
  return actor.name.toLowerCase().includes(f) || actor.aliases.some((a) => a.toLowerCase().includes(f)) ||
    actor.interests.some((i) => i.interest.toLowerCase().includes(f));
}

const KIND_ICON: Record<string, string> = { person: 'person', country: 'globe', organisation: 'organization', group: 'comment-discussion', other: 'symbol-misc' };

function renderActor(snapshot: Snapshot, actor: ActorItem): HTMLElement {
  const details = el('details', 'actor');
  details.dataset.actor = actor.id;
  details.open = state.expanded.includes(actor.id) || actor.interests.length > 0 && !state.expanded.includes(`-${actor.id}`);
  details.addEventListener('toggle', () => {
    state.expanded = state.expanded.filter((x) => x !== actor.id && x !== `-${actor.id}`);
    state.expanded.push(details.open ? actor.id : `-${actor.id}`);
    vscode.setState(state);
  });
  const summary = el('summary');
  summary.append(icon(KIND_ICON[actor.kind] ?? 'symbol-misc'), el('span', 'actor-name', actor.name), el('span', 'badge', String(actor.mentionCount)));
  for (const name of actor.authors) summary.append(authorBadge(name));
  summary.title = `${actor.name} — ${actor.kind}, ${actor.mentionCount} mention${actor.mentionCount === 1 ? '' : 's'}`;
  details.append(summary);
  const meta = el('div', 'meta', actor.kind + (actor.aliases.length ? ` · also ${actor.aliases.join(', ')}` : ''));
  details.append(meta);

  if (actor.interests.length > 0) {
    const ul = el('ul', 'interests');
    ul.setAttribute('aria-label', `Claimed interests of ${actor.name}`);
    for (const i of actor.interests) {
      const li = el('li', 'interest');
      li.append(el('div', 'interest-text', i.interest));
      const by = el('div', 'claimed-by', `claimed by ${i.claimedBy ?? 'the article'}`);
      for (const name of i.authors) by.append(document.createTextNode(' '), authorBadge(name));
      li.append(by);
      if (i.basis) li.append(el('div', 'basis muted', `basis: ${i.basis}`));
      li.append(placeButton(snapshot.uri, i.evidence, `“${i.evidence.text}”`, 'place evidence'));
      ul.append(li);
    }
    if (actor.interestCount > actor.interests.length) ul.append(el('li', 'muted', `… and ${actor.interestCount - actor.interests.length} more in the document`));
    details.append(ul);
  }
  if (actor.claims.length > 0) {
    const p = el('div', 'claims-line');
    p.append(el('span', 'muted', 'Claims: '));
    for (const c of actor.claims) p.append(placeButton(snapshot.uri, c, c.value, 'place figure'), document.createTextNode(' '));
    if (actor.claimCount > actor.claims.length) p.append(el('span', 'muted', `… and ${actor.claimCount - actor.claims.length} more`));
    details.append(p);
  }
  const mentions = el('div', 'mentions');
  mentions.append(el('span', 'muted', 'Mentions: '));
  const button = (m: Place & { text: string }) => placeButton(snapshot.uri, m, `${m.text} :${m.line}`, 'place mention');
  for (const m of actor.mentions.slice(0, MENTIONS_SHOWN)) mentions.append(button(m), document.createTextNode(' '));
  if (actor.mentionCount > MENTIONS_SHOWN) {
    // A long list folds: the rest behind one more disclosure, so the sidebar stays a list of actors.
    const more = el('details', 'more-mentions');
    more.append(el('summary', 'muted', `${actor.mentionCount - MENTIONS_SHOWN} more`));
    for (const m of actor.mentions.slice(MENTIONS_SHOWN, MAX_MENTIONS)) more.append(button(m), document.createTextNode(' '));
    if (actor.mentionCount > Math.min(actor.mentions.length, MAX_MENTIONS)) more.append(el('span', 'muted', `… and ${actor.mentionCount - Math.min(actor.mentions.length, MAX_MENTIONS)} more in the document`));
    mentions.append(more);
  }
  details.append(mentions);
  return details;
}

function render(snapshot: Snapshot): void {
  const focusedStart = (document.activeElement as HTMLElement | null)?.dataset?.start;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  announce(`${snapshot.fileName}: ${count(snapshot.actors.length, 'actor', 'actors')}, ${count(snapshot.disputes.length, 'disputed figure', 'disputed figures')}.`);
  app.replaceChildren();
  const header = el('header');
  header.append(el('div', 'file', snapshot.fileName));
  const filter = el('input', 'filter');
  filter.type = 'search';
  filter.placeholder = 'Filter actors and interests';
  filter.setAttribute('aria-label', 'Filter actors and interests');
  filter.value = state.filter;
  filter.addEventListener('input', () => {
    state.filter = filter.value;
    vscode.setState(state);
    renderActors(snapshot, list);
  });
  header.append(filter);
  app.append(header, renderDisputes(snapshot, snapshot.disputes), renderAnnotations(snapshot));
  const actorsSection = el('section', 'actors');
  actorsSection.setAttribute('aria-label', 'Actors');
  const h = el('h2');
  h.append(icon('person'), document.createTextNode(` Actors (${snapshot.actors.length})`));
  const list = el('div', 'actor-list');
  actorsSection.append(h, list);
  app.append(actorsSection);
  renderActors(snapshot, list);
  if (focusedStart) (app.querySelector(`[data-start="${CSS.escape(focusedStart)}"]`) as HTMLElement | null)?.focus();
}

function renderActors(snapshot: Snapshot, list: HTMLElement): void {
  list.replaceChildren();
  const shown = snapshot.actors.filter((a) => matches(a, state.filter));
  if (shown.length === 0) list.append(el('p', 'muted', snapshot.actors.length === 0 ? 'No actors found in this document.' : 'No actor matches the filter.'));
  for (const a of shown) list.append(renderActor(snapshot, a));
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message?.type) {
    case 'snapshot':
      render(message.snapshot);
      break;
    case 'empty':
      if (message.reason === 'disabled') renderEmpty('Marginalia is turned off for this document.', 'Enable it with the setting “marginalia.enable”.');
      else if (message.reason === 'too-large') renderEmpty('This document is larger than the size limit.', 'Run “Marginalia: Analyse Document Anyway” or raise the setting “marginalia.maxDocumentSize”.');
      else if (message.reason === 'declined') renderEmpty('This document was not analysed.', `Because ${message.detail ?? 'of its shape'}. Run “Marginalia: Analyse Document Anyway” to analyse it in the background.`);
      else renderEmpty('No Markdown document is open.', 'Open a Markdown file to see its actors, their claimed interests and any disputed figures.');
      break;
    default:
      break;
  }
});

renderEmpty('Analysing…', 'Waiting for the active Markdown document.');
vscode.postMessage({ type: 'ready' });
