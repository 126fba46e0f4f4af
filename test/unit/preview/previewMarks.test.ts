import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { analyzeDocument } from '../../../src/core';
import { marksOf, previewPlugin, type PreviewMark } from '../../../src/features/preview/previewMarks';

const URI = 'file:///w/article.md';

function render(text: string, marks: readonly PreviewMark[], env: object = { currentDocument: { toString: () => URI } }): string {
  const md = new MarkdownIt({ html: true });
  md.use(previewPlugin({ marksFor: (uri) => (uri === URI ? { text, marks } : undefined) }));
  // As VS Code does: tokenize with an env that names no document, render with one that does.
  const tokens = md.parse(text, {});
  return md.renderer.render(tokens, md.options, env);
}

describe('Markdown preview highlights', () => {
  const text = '# Troops\n\nRussia says 6,000 soldiers were sent.\nUkraine says 25,000 were sent.\n\nA closing line.\n';

  it('marks each disputed figure with its claim and rivals, in the paragraph that holds it', () => {
    const model = analyzeDocument(text);
    const marks = marksOf(model, []);
    assert.deepEqual(marks.map((m) => [text.slice(m.start, m.end), m.kind, m.label]), [
      ['6,000', 'dispute', 'Disputed: Russia says 6,000. Rival claims: Ukraine: 25,000.'],
      ['25,000', 'dispute', 'Disputed: Ukraine says 25,000. Rival claims: Russia: 6,000.'],
    ]);
    assert.equal(render(text, marks), [
      '<h1>Troops</h1>',
      '<p>Russia says <mark class="marginalia-dispute" tabindex="0" title="Disputed: Russia says 6,000. Rival claims: Ukraine: 25,000." aria-label="Disputed: Russia says 6,000. Rival claims: Ukraine: 25,000.">6,000</mark> soldiers were sent.',
      'Ukraine says <mark class="marginalia-dispute" tabindex="0" title="Disputed: Ukraine says 25,000. Rival claims: Russia: 6,000." aria-label="Disputed: Ukraine says 25,000. Rival claims: Russia: 6,000.">25,000</mark> were sent.</p>',
      '<p>A closing line.</p>',
      '',
    ].join('\n'));
  });

  it('renders plainly when the render names no document, or one without marks', () => {
    const marks = marksOf(analyzeDocument(text), []);
    const plain = new MarkdownIt({ html: true }).render(text);
    assert.equal(render(text, marks, {}), plain);
    assert.equal(render(text, [], undefined as never), plain);
  });

  it('marks the right one of two equal figures, and a note beside them', () => {
    const doc = 'Police said 10 came. Later 10 more came.\n';
    const second = doc.lastIndexOf('10');
    const html = render(doc, [
      { start: second, end: second + 2, kind: 'dispute', label: 'second' },
      { start: doc.indexOf('Later'), end: doc.indexOf('Later') + 5, kind: 'note', label: 'Note by Ada: when?' },
    ]);
    assert.equal(html, '<p>Police said 10 came. <mark class="marginalia-note" tabindex="0" title="Note by Ada: when?" aria-label="Note by Ada: when?">Later</mark> <mark class="marginalia-dispute" tabindex="0" title="second" aria-label="second">10</mark> more came.</p>\n');
  });

  it('lets nothing from the document or a note through as markup', () => {
    const doc = 'Police said 10 <img src=x onerror=alert(1)> came.\n';
    const label = 'Note by <b>x</b>: "><img src=x onerror=alert(1)> [x](command:workbench.action.quit) javascript:alert(1)';
    const html = render(doc, [{ start: doc.indexOf('10'), end: doc.indexOf('10') + 2, kind: 'note', label }]);
    assert.ok(!/<img|<b>|href=/.test(html.replace(/<img src=x onerror=alert\(1\)> came/, '')), html);
    assert.ok(html.includes('title="Note by &lt;b&gt;x&lt;/b&gt;: &quot;&gt;&lt;img src=x onerror=alert(1)&gt; [x](command:workbench.action.quit) javascript:alert(1)"'), html);
  });
});
