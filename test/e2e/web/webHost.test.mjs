// End to end in the web extension host: the browser workbench of a real VS Code (code-server) loads the
// extension from this folder (its package.json `browser` entry, dist/web/extension.js) into the Web Worker
// extension host, as vscode.dev and github.dev do, and the hover, diagnostics and sidebar are checked there.
// Screenshots go to test-results/web-*.png.
//
// Getting the extension into that host: code-server 4.139.1's browser workbench parses the payload entry
// ["extensionDevelopmentKind", "web"] but its running-location tracker reads another property, so the entry
// alone leaves the extension in the remote (Node) host. The user setting `remote.extensionKind` (which
// VS Code reads for any extension) sets the kind to `web`; the payload entry is kept for workbenches that read it.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, ROOT, startCodeServer } from '../../../scripts/lib/codeServer.mjs';
import { hoverOn, inFrames, runFromPalette, textPoint, until } from '../support.mjs';

const SHOTS = path.join(ROOT, 'test-results');
const DISPUTE = 'Disputed: Russia says 6,000; Ukraine says 25,000–30,000';
const EXTENSION_ID = 'marginalia.marginalia';
const AUTHOR = 'Web Reviewer';

describe('Marginalia in the web extension host (browser entry, code-server browser workbench)', function () {
  this.timeout(180_000);
  let server;
  let browser;
  let page;
  let workspace;

  const input = () => page.locator('.quick-input-widget input');
  const palette = (command) => runFromPalette(page, command);
  const focusEditor = async () => {
    await page.mouse.move(5, 500);
    await page.keyboard.press('Escape');
    await page.locator('.monaco-editor .view-lines').first().click();
  };

  before(async function () {
    if (!existsSync(path.join(ROOT, 'dist', 'web', 'extension.js'))) throw new Error('dist/web/extension.js is missing: run npm run build first');
    mkdirSync(SHOTS, { recursive: true });
    workspace = mkdtempSync(path.join(os.tmpdir(), 'marginalia-e2e-web-'));
    cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
    server = await startCodeServer({
      smokeDriver: true,
      settings: {
        'remote.extensionKind': { [EXTENSION_ID]: ['web'] },
        'marginalia.author': AUTHOR,
        'workbench.colorTheme': 'Default Dark Modern',
        'editor.wordWrap': 'on',
      },
    });
    browser = await launchChromium(server.tools.chromium);
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(ROOT)], ['extensionDevelopmentKind', 'web']];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'north-korean-troops.md' });
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await page.locator('.monaco-editor .view-line', { hasText: 'Russia says North Korea' }).first().waitFor({ timeout: 30_000 });
  });

  after(async function () {
    await browser?.close().catch(() => {});
    server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('runs in the Web Worker extension host, not the Node one', async function () {
    // The workbench's own account: Running Extensions names each extension's host ("web worker", or the
    // remote's address for the Node host on the server).
    await until('Marginalia among the running extensions', async () => {
      await page.keyboard.press('Escape');
      await palette('Developer: Show Running Extensions');
      await page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: EXTENSION_ID }).first().waitFor({ timeout: 10_000 });
      return true;
    }, 90_000);
    const rows = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: EXTENSION_ID });
    assert.equal(await rows.count(), 1);
    const text = await rows.first().innerText();
    assert.match(text, /web worker/i);
    assert.doesNotMatch(text, /127\.0\.0\.1/);
    await page.screenshot({ path: path.join(SHOTS, 'web-running-extensions.png') });
    // It opens as a modal editor over the sample; Escape closes it.
    await until('the Running Extensions editor closed', async () => {
      await page.keyboard.press('Escape');
      return (await page.locator('.runtime-extensions-editor').count()) === 0 || !(await page.locator('.runtime-extensions-editor').first().isVisible());
    }, 15_000);

    // The extension's own account: the browser bundle logs its host and the global scope it found.
    await focusEditor();
    const output = page.locator('.output-view .monaco-editor .view-lines');
    // The editor renders spaces as no-break spaces.
    const outputText = async () => (await output.first().innerText({ timeout: 5_000 })).replace(/\u00a0/g, ' ');
    await until('the Marginalia output channel with the activation line', async () => {
      await palette('Output: Show Output Channels');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Marginalia' }).first().waitFor({ timeout: 5_000 });
      await input().fill('Marginalia');
      await page.keyboard.press('Enter');
      // The output scrolls to its end, and only the lines on screen are rendered: go to the first line.
      await output.first().click({ timeout: 5_000 });
      await page.keyboard.press('Control+Home');
      return /Marginalia activated in the/.test(await outputText());
    }, 60_000).catch(async (error) => {
      await page.screenshot({ path: path.join(SHOTS, 'web-output-failed.png') });
      throw error;
    });
    const log = await outputText();
    assert.match(log, /Marginalia activated in the web extension host \(DedicatedWorkerGlobalScope\)/);
    assert.doesNotMatch(log, /Node extension host/);
    await page.screenshot({ path: path.join(SHOTS, 'web-output.png') });
    await palette('View: Hide Panel');
  });

  it('shows the actor hover on "Kim Jong Un", with the workspace annotation read through workspace.fs', async function () {
    await focusEditor();
    const hover = await hoverOn(page, 'Kim Jong Un', 'Claimed interests');
    const text = await hover.innerText();
    assert.match(text, /Kim Jong Un — person/);
    assert.match(text, /oil and food — claimed by Reports/);
    assert.match(text, /note: First public acknowledgement of losses/);
    await page.screenshot({ path: path.join(SHOTS, 'web-hover.png') });
  });

  it('raises the disputed-figure diagnostics: squiggles and the Problems panel', async function () {
    await page.mouse.move(5, 500);
    await page.keyboard.press('Escape');
    await until('warning squiggles in the editor', async () => (await page.locator('.monaco-editor .squiggly-warning').count()) >= 2);
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row', { hasText: DISPUTE });
    await until('three disputed-figure rows', async () => (await rows.count()) === 3);
    assert.match(await rows.first().innerText(), /Marginalia/);
    await page.screenshot({ path: path.join(SHOTS, 'web-problems.png') });
    await palette('View: Hide Panel');
  });

  it('lists the actors, their interests, the disputes and the annotations in the sidebar', async function () {
    await page.locator('.activitybar [aria-label^="Marginalia"]').first().click();
    const actor = await inFrames(page, '[data-actor="kim-jong-un"]', undefined, 60_000);
    const text = await actor.el.innerText();
    assert.match(text, /Kim Jong Un/);
    assert.match(text, /oil and food\s+claimed by Reports/);
    const disputes = await actor.frame.locator('.dispute').innerText();
    assert.match(disputes, /Russia: 6,000/);
    assert.match(disputes, /Ukraine: 25,000–30,000/);
    const annotations = await actor.frame.locator('section.annotations').innerText();
    assert.match(annotations, /Annotations \(7\)/i);
    assert.match(annotations, /Research desk\s+note\s+Which reports\?/);
    await page.screenshot({ path: path.join(SHOTS, 'web-sidebar.png') });
  });

  it('writes a new note through workspace.fs, signed with the marginalia.author setting (no git on the web)', async function () {
    await focusEditor();
    await page.keyboard.press('Control+Home');
    const at = await until('"Lyubimova" on screen', async () => {
      await page.keyboard.press('Control+F');
      const find = page.locator('.find-widget textarea, .find-widget input').first();
      await find.waitFor({ timeout: 5_000 });
      await find.fill('Lyubimova');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      return /\(\d+ selected\)/.test(await page.locator('.statusbar').innerText()) && textPoint(page, 'Lyubimova');
    });
    assert.ok(at);
    await palette('Marginalia: Annotate Selection…');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Note' }).first().waitFor({ timeout: 15_000 });
    await input().fill('Note');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'Your note on the selected text' }).waitFor({ timeout: 15_000 });
    await input().fill('Written from the web extension host.');
    await page.keyboard.press('Enter');

    const note = await inFrames(page, 'li.annotation', 'Written from the web extension host.');
    assert.match(await note.el.first().innerText(), new RegExp(`${AUTHOR}\\s+note\\s+Written from the web extension host\\.`));
    const dir = path.join(workspace, '.marginalia');
    const file = await until('the new annotation file on disk', () => readdirSync(dir).find((f) => readFileSync(path.join(dir, f), 'utf8').includes('Written from the web extension host.')));
    const annotation = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    assert.equal(annotation.creator.name, AUTHOR);
    assert.equal(annotation.target.source, 'north-korean-troops.md');
    // A new id is an IRI, urn:uuid: and a UUID v7; its file is named after the UUID.
    assert.match(annotation.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(file, `${annotation.id.slice('urn:uuid:'.length)}.json`);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    await page.screenshot({ path: path.join(SHOTS, 'web-annotate.png') });
  });
});
