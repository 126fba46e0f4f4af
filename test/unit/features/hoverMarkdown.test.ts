import * as assert from 'node:assert/strict';
import type { Actor, Annotation, DocumentModel, Figure } from '../../../src/core';
import { annotationsMarkdown, commandUri, escapeMarkdown, hitMarkdown } from '../../../src/features/hover/hoverMarkdown';

const HOSTILE = ['a)](https://evil.example)', '$(alert)', '<img src=x onerror=alert(1)>', '[x](command:workbench.action.quit)', 'javascript:alert(1)'];
const [BREAKOUT, ICON, HTML, COMMAND, SCRIPT] = HOSTILE;

/** Our own link markup, `[label](command:marginalia.x?args "title")`, with its label, command and decoded arguments. */
const OWN_LINK = /(?<!\\)\[((?:\\.|[^\\\]])*)\]\((command:marginalia\.[A-Za-z]+)\?([^\s()]*) "[^"]*"\)/g;

/**
 * Markup left in a hover's Markdown once our own links and icons are taken out: brackets, angle brackets, entities,
 * icons and URL schemes must all be escaped there (a parenthesis is harmless without a bracket before it).
 */
function unescapedMarkup(md: string): string[] {
  const rest = md.replace(OWN_LINK, (_, label: string) => label).replace(/\$\((?:person|account|symbol-number|warning|check|pass|note|edit|trash)\) /g, '');
  const found: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '\\') i++;
    else if ('[]<>&'.includes(rest[i]) || rest.startsWith('$(', i) || /^(?:https?|javascript|command):/.test(rest.slice(i))) found.push(rest.slice(i, i + 12));
  }
  // As VS Code renders it: Markdown escapes resolved, then `$(name)` is an icon unless a backslash is left before it.
  const rendered = rest.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  for (const icon of rendered.matchAll(/(?<!\\)\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g)) found.push(icon[0]);
  return found;
}

/** The arguments of each of our links, decoded as VS Code decodes a command link's query. */
function linkArgs(md: string): Array<[string, unknown]> {
  return [...md.matchAll(OWN_LINK)].map((m) => [m[2], JSON.parse(decodeURIComponent(m[3]))]);
}

function figure(id: string, over: Partial<Figure>): Figure {
  return {
    id, text: '100', start: 0, end: 3, low: 100, high: 100, approximate: false, qualifier: null, unit: null, subject: null, subjectGroup: null,
    claimant: null, attribution: null, claimBasis: null, partOf: null, change: null, place: null, ...over,
  };
}

const actor: Actor = {
  id: 'evil', name: COMMAND, kind: 'person', aliases: [ICON, SCRIPT], mentions: [{ start: 40, end: 45, text: 'Evil', actorId: 'evil' }],
  annotatedBy: [{ id: BREAKOUT, author: HTML }],
};
const model: DocumentModel = {
  actors: [actor],
  figures: [figure('f1', { text: SCRIPT, start: 10, end: 29, claimant: 'evil', subject: ICON, qualifier: HTML, annotatedBy: [{ id: 'c', author: BREAKOUT }] }), figure('f2', { text: '200', start: 50, end: 53, low: 200, high: 200 })],
  disputes: [{ id: 'd1', subject: 'x', figures: ['f1', 'f2'], message: 'Disputed', review: { id: 'r', author: ICON, status: 'confirmed', comment: COMMAND } }],
  interests: [{ actor: 'evil', interest: BREAKOUT, claimedBy: 'evil', attribution: null, claimBasis: null, cue: HTML, evidence: { start: 60, end: 70, text: 'x' }, annotatedBy: [{ id: 'i', author: SCRIPT }] }],
  findings: [],
};
const DOCUMENT = { uri: 'file:///tmp/a)](https:/evil.example).md', lineOf: (offset: number) => Math.floor(offset / 10) + 1 };

describe('hover Markdown', () => {
  it('escapes document and annotation text: no link, no HTML, no autolink, no theme icon', () => {
    assert.deepEqual(HOSTILE.map(escapeMarkdown), [
      'a\\)\\]\\(https\\://evil\\.example\\)',
      // `\$(alert)` with its Markdown escapes: VS Code shows it as the text "$(alert)".
      '\\\\$\\(alert\\)',
      '\\<img src=x onerror=alert\\(1\\)\\>',
      '\\[x\\]\\(command\\:workbench\\.action\\.quit\\)',
      'javascript\\:alert\\(1\\)',
    ]);
    assert.equal(escapeMarkdown('$(arrow-up~spin) and $(not an icon)'), '\\\\$\\(arrow\\-up\\~spin\\) and $\\(not an icon\\)');
  });

  it('percent-encodes command arguments whole, so an id with ")" cannot end the link', () => {
    assert.equal(commandUri('marginalia.editAnnotation', [BREAKOUT]), 'command:marginalia.editAnnotation?%5B%22a%29%5D%28https%3A%2F%2Fevil.example%29%22%5D');
    assert.equal(commandUri('x', ["it's (*)!"]), 'command:x?%5B%22it%27s%20%28%2A%29%21%22%5D');
  });

  it('builds the annotations hover with hostile ids and text as data', () => {
    const note = (id: string, value: string, name: string, status?: string): Annotation => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', creator: { type: 'Person', name }, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z',
      body: { type: 'TextualBody', purpose: 'commenting', kind: 'note', value, ...(status ? { fields: { status } } : {}) },
      target: { source: 'a.md', selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 1 }] },
    });
    const md = annotationsMarkdown([{ annotation: note(BREAKOUT, `${ICON} ${SCRIPT}`, HTML, COMMAND), needsReview: true }]);
    const args = '%5B%22a%29%5D%28https%3A%2F%2Fevil.example%29%22%5D';
    assert.equal(md, '$(note) **Annotations**\n\n'
      + '- note (\\[x\\]\\(command\\:workbench\\.action\\.quit\\)): \\\\$\\(alert\\) javascript\\:alert\\(1\\) — *\\<img src=x onerror=alert\\(1\\)\\>* — *its place needs review, please check* '
      + `[$(edit) Edit](command:marginalia.editAnnotation?${args} "Edit this annotation") · [$(trash) Delete](command:marginalia.deleteAnnotation?${args} "Delete this annotation (asks first)")\n`);
    assert.deepEqual(linkArgs(md), [['command:marginalia.editAnnotation', [BREAKOUT]], ['command:marginalia.deleteAnnotation', [BREAKOUT]]]);
    assert.deepEqual(unescapedMarkup(md), []);
  });

  it('builds actor and figure hovers whose only links are our reveal links, with the document URI intact', () => {
    const actorMd = hitMarkdown(DOCUMENT, model, { kind: 'actor', actor, mention: actor.mentions[0] });
    const figureMd = hitMarkdown(DOCUMENT, model, { kind: 'figure', figure: model.figures[0] });
    assert.deepEqual(unescapedMarkup(actorMd), []);
    assert.deepEqual(unescapedMarkup(figureMd), []);
    assert.deepEqual(linkArgs(actorMd), [['command:marginalia.revealRange', [DOCUMENT.uri, 10, 29]], ['command:marginalia.revealRange', [DOCUMENT.uri, 60, 70]]]);
    assert.deepEqual(linkArgs(figureMd), [['command:marginalia.revealRange', [DOCUMENT.uri, 50, 53]]]);
    assert.equal(actorMd.split('\n')[0], '$(person) **\\[x\\]\\(command\\:workbench\\.action\\.quit\\)** — person');
    assert.ok(figureMd.includes('— $(check) confirmed by *\\\\$\\(alert\\)*: “\\[x\\]\\(command\\:workbench\\.action\\.quit\\)” — rival claims:'), figureMd);
    assert.ok(figureMd.includes('\n- the article: [200](command:marginalia.revealRange?'), figureMd);
  });
});
