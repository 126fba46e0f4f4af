import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { analyzeDocument } from '../../src/core';
import { buildSnapshot } from '../../src/features/sidebar/snapshot';
import { LIST_LIMIT } from '../../src/shared/protocol';

const SAMPLE = 'north-korean-troops.md';
const DISPUTE = 'Disputed: Russia says 6,000; Ukraine says 25,000–30,000';
/** The sample workspace ships a reviewer's "confirmed" on this dispute (samples/.marginalia/). */
const CONFIRMED = `${DISPUTE} (confirmed by Fact-check team)`;

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolves with the document's diagnostics once `accept` holds for them (checked now and on every change). */
function diagnosticsWhen(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'Marginalia');
      if (accept(d)) {
        sub.dispose();
        clearTimeout(timer);
        resolve(d);
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const seen = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'Marginalia');
      reject(new Error(`timed out waiting for diagnostics: ${what}; last saw ${seen.length}: ${seen.slice(0, 2).map((x) => x.message).join(' | ')}`));
    }, 20_000);
    check();
  });
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

function positionOf(document: vscode.TextDocument, needle: string, nth = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" is in the document`);
  return document.positionAt(at + 1);
}

describe('Marginalia in a real VS Code', function () {
  let api: MarginaliaApi;
  let document: vscode.TextDocument;
  /** The sample as it is on disk before any test edits it. */
  let original: string;

  before(async function () {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'marginalia');
    assert.ok(ext, 'the extension is installed in the extension host');
    original = Buffer.from(await vscode.workspace.fs.readFile(workspaceFile(SAMPLE))).toString('utf8');
    document = await vscode.workspace.openTextDocument(workspaceFile(SAMPLE));
    await vscode.window.showTextDocument(document);
    api = (await ext.activate()) as MarginaliaApi;
  });

  after(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers every command the manifest contributes', async function () {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'marginalia');
    const declared = (ext?.packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(declared.filter((c) => !registered.has(c)), []);
    // 14 until Reply (marginalia.replyToAnnotation) was added.
    assert.equal(declared.length, 15);
    assert.ok(declared.includes('marginalia.replyToAnnotation'));
  });

  it('raises a diagnostic on each disputed figure, with its rival claims as related information', async function () {
    const diagnostics = await diagnosticsWhen(document.uri, (d) => d.length === 3, 'three disputed figures');
    const sorted = [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepEqual(sorted.map((d) => document.getText(d.range)), ['6,000', '25-30,000', '25,000-30,000']);
    assert.deepEqual(sorted.map((d) => [d.range.start.line, d.range.start.character]), [[8, 40], [8, 160], [12, 206]]);
    for (const d of sorted) {
      assert.equal(d.message, CONFIRMED);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      const code = d.code as { value: string; target: vscode.Uri };
      assert.equal(code.value, 'disputed-figure');
      assert.equal(path.basename(code.target.path).toLowerCase(), 'readme.md');
      assert.equal(code.target.fragment, 'how-disputed-figures-are-decided');
    }
    const related = sorted[0].relatedInformation ?? [];
    assert.deepEqual(related.map((r) => [r.message, document.getText(r.location.range)]), [
      ['Ukraine says 25,000–30,000', '25-30,000'],
      ['Ukraine says 25,000–30,000', '25,000-30,000'],
    ]);
  });

  it('highlights the disputed figures and the team\'s notes in the built-in Markdown preview', async function () {
    await api.models.get(document);
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', document);
    const marks = [...html.matchAll(/<mark class="marginalia-(\w+)" tabindex="0" title="([^"]*)" aria-label="[^"]*">([^<]*)<\/mark>/g)].map((m) => [m[1], m[3]]);
    assert.deepEqual(marks.filter((m) => m[0] === 'dispute').map((m) => m[1]), ['6,000', '25-30,000', '25,000-30,000']);
    assert.ok(marks.some((m) => m[0] === 'note' && m[1] === 'oil and food'), 'the team\'s note on "oil and food"');
    assert.match(html, /title="Disputed: Russia says 6,000\. Rival claims: /);
  });

  it('exports a report of the document as Markdown and CSV', async function () {
    await vscode.window.showTextDocument(document);
    const target = workspaceFile('report.md');
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('marginalia.exportReport', target);
    assert.deepEqual(written?.map((u) => path.basename(u.fsPath)), ['report.md', 'report.csv']);
    const { model } = await api.models.get(document);
    const md = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
    assert.equal(md.split('\n')[0], '# Marginalia report: north-korean-troops.md');
    const csv = Buffer.from(await vscode.workspace.fs.readFile(workspaceFile('report.csv'))).toString('utf8');
    assert.equal(csv.split('\r\n').filter((l) => l !== '').length, model.figures.length + 1);
  });

  it('explains an actor on hover: kind, aliases, mentions and claimed interests', async function () {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Kim Jong Un'));
    const text = hoverText(hovers);
    assert.match(text, /\*\*Kim Jong Un\*\* — person/);
    assert.match(text, /Also called: \*Kim\*/);
    assert.match(text, /Mentioned 12 times/);
    assert.match(text, /\[oil and food\]\(command:marginalia\.revealRange\?[^)]+\) — claimed by Reports/);
  });

  it('explains a figure on hover: value, subject, claimant and the rival claims as links', async function () {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, '6,000'));
    const text = hoverText(hovers);
    assert.match(text, /\*\*6,000\*\* soldiers/);
    assert.match(text, /Claimed by \*\*Russia\*\* — basis: “Russia says” — source, then a reporting verb/);
    assert.match(text, /Ukraine: \[25,000–30,000\]\(command:marginalia\.revealRange/);
  });

  it('resolves the sidebar view and sends it a snapshot', async function () {
    // The view may already be resolved (an earlier suite showed it): then a fresh snapshot is enough.
    const snapshot = new Promise<void>((resolve) => {
      const subs = [api.sidebar.onDidResolve(() => done()), api.sidebar.onDidPost((m) => m.type === 'snapshot' && m.snapshot.uri === document.uri.toString() && done())];
      function done() {
        for (const s of subs) s.dispose();
        resolve();
      }
    });
    await vscode.commands.executeCommand('marginalia.showSidebar');
    await vscode.window.showTextDocument(document);
    const last = api.sidebar.lastPosted;
    if (!(last?.type === 'snapshot' && last.snapshot.uri === document.uri.toString())) await snapshot;
    const posted = api.sidebar.lastPosted;
    assert.ok(posted?.type === 'snapshot');
    assert.deepEqual(posted.snapshot.disputes.map((d) => [d.message, d.review?.status, d.review?.author]), [[DISPUTE, 'confirmed', 'Fact-check team']]);
  });

  it('moves diagnostics with the text when a paragraph is inserted above them', async function () {
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((e) => e.insert(new vscode.Position(7, 0), 'A new paragraph typed by the writer.\n\n'));
    const moved = await diagnosticsWhen(document.uri, (d) => d.length === 3 && d.some((x) => x.range.start.line === 10), 'diagnostics two lines lower');
    assert.deepEqual(moved.map((d) => d.range.start.line).sort((a, b) => a - b), [10, 10, 14]);
  });

  it('follows the severity setting', async function () {
    const config = vscode.workspace.getConfiguration('marginalia');
    await config.update('disputes.severity', 'error', vscode.ConfigurationTarget.Global);
    try {
      const d = await diagnosticsWhen(document.uri, (x) => x.length === 3 && x.every((y) => y.severity === vscode.DiagnosticSeverity.Error), 'error severity');
      assert.equal(d.length, 3);
    } finally {
      await config.update('disputes.severity', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('re-analyses on command and drops a dispute once the text no longer has one', async function () {
    const editor = await vscode.window.showTextDocument(document);
    const text = document.getText();
    const start = text.indexOf('25,000-30,000');
    await editor.edit((e) => e.replace(new vscode.Range(document.positionAt(start), document.positionAt(start + 13)), '6,000'));
    const s2 = document.getText().indexOf('25-30,000');
    await editor.edit((e) => e.replace(new vscode.Range(document.positionAt(s2), document.positionAt(s2 + 9)), '6,000'));
    await vscode.commands.executeCommand('marginalia.reanalyze');
    // The sample's own dispute review is orphaned by this edit: that note stays, as it should.
    await diagnosticsWhen(document.uri, (d) => !d.some((x) => (x.code as { value?: string } | undefined)?.value === 'disputed-figure'), 'no dispute left');
  });

  it('analyses a large document in the worker and publishes every disputed figure', async function () {
    const copies = 30;
    const body = original.replace(/^---[\s\S]*?---\n/, '');
    const uri = workspaceFile('large.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(Array.from({ length: copies }, () => body).join('\n\n')));
    const large = await vscode.workspace.openTextDocument(uri);
    assert.ok(large.getText().length > 64 * 1024, 'large enough for the worker');
    await vscode.window.showTextDocument(large);
    const d = await diagnosticsWhen(uri, (x) => x.length === 3 * copies, `${3 * copies} disputed figures`);
    assert.ok(d.every((x) => x.message === DISPUTE));
    // The sidebar gets at most LIST_LIMIT items of each list, with the counts of all.
    const { model } = await api.models.get(large);
    const snapshot = buildSnapshot(large, model);
    const russia = model.actors.find((a) => a.name === 'Russia');
    const item = snapshot.actors.find((a) => a.name === 'Russia');
    assert.ok(russia && item && russia.mentions.length > LIST_LIMIT, 'an actor with more mentions than the limit');
    assert.deepEqual([item.mentions.length, item.mentionCount], [LIST_LIMIT, russia.mentions.length]);
    assert.deepEqual(item.mentions[0], { start: russia.mentions[0].start, end: russia.mentions[0].end, line: large.positionAt(russia.mentions[0].start).line + 1, text: russia.mentions[0].text });
    const biggest = model.disputes.reduce((a, b) => (b.figures.length > a.figures.length ? b : a));
    const shown = snapshot.disputes.find((x) => x.id === biggest.id);
    assert.deepEqual([shown?.figures.length, shown?.figureCount], [Math.min(LIST_LIMIT, biggest.figures.length), biggest.figures.length]);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('shows the first 999 disputed figures of a large document and says how many more there are', async function () {
    const line = 'Harbour police said 10 lighthouses were dark, but organisers said 900 lighthouses were dark.';
    const text = Array.from({ length: 800 }, () => line).join('\n\n');
    const total = analyzeDocument(text, {}).findings.length;
    assert.ok(text.length > 64 * 1024 && total > 1_000, 'large enough for the worker, with more findings than VS Code shows');
    const uri = workspaceFile('many-disputes.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const d = await diagnosticsWhen(uri, (x) => x.length === 1_000, '1,000 diagnostics');
    assert.deepEqual(d.filter((x) => x.message.startsWith('Marginalia: ')).map((x) => x.message),
      [`Marginalia: ${(total - 999).toLocaleString('en')} more disputed figures below this point are not shown (VS Code shows 999 per file).`]);
    // The worker sent only the findings that can be shown, with the count of all.
    const { model } = await api.models.get(doc);
    assert.deepEqual([model.findings.length, model.findingsTotal], [1_000, total]);
    // Each diagnostic lists its first 3 rival claims; "Show rival claims" lists every rival the finding has.
    const first = d.find((x) => x.range.start.isEqual(doc.positionAt(model.findings[0].start)));
    assert.ok(first && model.findings[0].related.length > 3);
    assert.equal(first.relatedInformation?.length, 3);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, first.range);
    const show = actions.find((a) => a.title === 'Show rival claims');
    const rivals = show?.command?.arguments?.[2] as vscode.Location[] | undefined;
    assert.deepEqual(rivals?.map((l) => doc.offsetAt(l.range.start)), model.findings[0].related.map((r) => r.start));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('analyses only the newest version when a large document changes faster than the worker', async function () {
    const body = original.replace(/^---[\s\S]*?---\n/, '');
    const large = Array.from({ length: 30 }, () => body).join('\n\n');
    const before = api.analyzer.workerRuns;
    // Five versions asked for in one burst, as the features do while someone types into a large document.
    const asked = [1, 2, 3, 4, 5].map((i) => api.analyzer.analyze('test:burst', `Police said ${i}00 people came. ${large}`, {}));
    const models = await Promise.all(asked);
    // The first version went to the worker at once; the four after it waited, and only the newest ran. The first,
    // stale as soon as the second was asked for, was stopped at its first checkpoint: its caller gets the newest too.
    assert.equal(api.analyzer.workerRuns - before, 2);
    for (const m of models) assert.equal(m.figures[0].text, '500', 'every caller gets the newest model');
    api.analyzer.forget('test:burst');
  });

  it('asks before analysing a document above the size limit, and analyses it on request', async function () {
    const config = vscode.workspace.getConfiguration('marginalia');
    await config.update('maxDocumentSize', 1000, vscode.ConfigurationTarget.Global);
    try {
      const uri = workspaceFile('limited.md');
      await vscode.workspace.fs.writeFile(uri, Buffer.from(original));
      const limited = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(limited);
      const entry = await api.cache.get(limited);
      assert.deepEqual(entry.skipped, { size: limited.getText().length, limit: 1000 });
      assert.equal(vscode.languages.getDiagnostics(uri).length, 0);
      await vscode.commands.executeCommand('marginalia.analyzeAnyway', uri);
      const after = await api.cache.get(limited);
      assert.equal(after.skipped, undefined);
      await diagnosticsWhen(uri, (x) => x.length === 3, 'three disputed figures after "analyse anyway"');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await config.update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('declines a document too dense in emphasis before parsing it, says why, and analyses it on request', async function () {
    const uri = workspaceFile('dense.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`Police said 10 people came. Organisers said 50 people came.\n\n${'*a'.repeat(5_000)}\n`));
    const dense = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(dense);
    const entry = await api.cache.get(dense);
    assert.deepEqual(entry.skipped, { declined: 'it is too dense in emphasis and link delimiters (*, _, [, ]) to parse in reasonable time: ' +
      "the paragraph at line 3 has 5,000, and the Markdown parser's time grows with the square of that number" });
    await vscode.commands.executeCommand('marginalia.analyzeAnyway', uri);
    const after = await api.cache.get(dense);
    assert.equal(after.skipped, undefined);
    assert.deepEqual(after.model.figures.map((f) => [f.text, f.claimant]), [['10', 'police'], ['50', 'organisers']]);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('clears diagnostics when the document closes', async function () {
    // VS Code keeps a document an extension opened for a while after its editor closes, so closing the
    // editor does not close it in time for a test. A language change closes the document and opens it
    // again by contract (onDidCloseTextDocument), which is the path under test.
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnosticsWhen(document.uri, (d) => d.length === 3, 'the disputes back after the revert');
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await diagnosticsWhen(document.uri, (d) => d.length === 0, 'cleared on close');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
