import * as assert from 'node:assert/strict';
import { checkAnnotationFile, duplicateGroups, folderSettingProblem, idProblem, isSafeId, makeSelectors, serializeAnnotation, splitConflict, type Annotation } from '../../../src/core';
import { ANNOTATION_ID } from '../../../src/shared/protocol';

describe('annotation storage rules', () => {
  it('takes the ids Marginalia writes and refuses dot, reserved and unsafe names', () => {
    for (const id of ['20261126T090000-kimnote', 'a', 'A.b_c-9', '0'.repeat(200), 'console', 'con-1', 'com10']) {
      assert.equal(idProblem(id), undefined, id);
      assert.ok(ANNOTATION_ID.test(id), id);
    }
    const refused: Array<[string, string]> = [
      ['', 'the id is empty'],
      ['.', 'the id "." is not a safe file name (letters, digits, ".", "_" and "-" only, starting with a letter or digit)'],
      ['..', 'the id ".." is not a safe file name (letters, digits, ".", "_" and "-" only, starting with a letter or digit)'],
      ['.hidden', 'the id ".hidden" is not a safe file name (letters, digits, ".", "_" and "-" only, starting with a letter or digit)'],
      ['a/b', 'the id "a/b" is not a safe file name (letters, digits, ".", "_" and "-" only, starting with a letter or digit)'],
      ['note.', 'the id "note." ends in a dot, which some file systems drop'],
      ['CON', 'the id "CON" is a name Windows reserves for a device'],
      ['nul.txt', 'the id "nul.txt" is a name Windows reserves for a device'],
      ['Lpt1', 'the id "Lpt1" is a name Windows reserves for a device'],
      ['x'.repeat(201), 'the id is 201 characters long; at most 200 are allowed'],
      ['a\u001b[31m', 'the id "a\uFFFD[31m" is not a safe file name (letters, digits, ".", "_" and "-" only, starting with a letter or digit)'],
    ];
    for (const [id, message] of refused) {
      assert.equal(idProblem(id), message, id);
      assert.equal(isSafeId(id), false, id);
      assert.equal(ANNOTATION_ID.test(id), false, `protocol agrees on ${JSON.stringify(id)}`);
    }
  });

  it('keeps the annotations folder inside the workspace folder', () => {
    for (const ok of ['.marginalia', 'notes/annotations', './review', 'a\\b']) assert.equal(folderSettingProblem(ok), undefined, ok);
    assert.equal(folderSettingProblem('../outside'), '"../outside" leads outside the workspace folder');
    assert.equal(folderSettingProblem('notes/../../x'), '"notes/../../x" leads outside the workspace folder');
    assert.equal(folderSettingProblem('/etc'), '"/etc" is not a path relative to the workspace folder');
    assert.equal(folderSettingProblem('C:\\temp'), '"C:\\temp" is not a path relative to the workspace folder');
    assert.equal(folderSettingProblem('~/notes'), '"~/notes" is not a path relative to the workspace folder');
    assert.equal(folderSettingProblem('.'), '"." is the workspace folder itself; name a folder inside it');
  });

  it('splits a file git left with conflict markers into both sides', () => {
    const file = [
      '{',
      '  "id": "n1",',
      '<<<<<<< HEAD',
      '  "modified": "2026-12-01T10:00:00.000Z",',
      '  "value": "Mine."',
      '||||||| base',
      '  "value": "Base."',
      '=======',
      '  "modified": "2026-12-01T11:00:00.000Z",',
      '  "value": "Theirs."',
      '>>>>>>> other',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(splitConflict(file), {
      ours: '{\n  "id": "n1",\n  "modified": "2026-12-01T10:00:00.000Z",\n  "value": "Mine."\n}\n',
      theirs: '{\n  "id": "n1",\n  "modified": "2026-12-01T11:00:00.000Z",\n  "value": "Theirs."\n}\n',
      line: 3,
    });
    assert.equal(splitConflict('{"id": "n1"}\n'), undefined);
    assert.equal(splitConflict('<<<<<<< HEAD\n"a"\n=======\n"b"\n'), undefined, 'an unfinished block is no conflict to split');
    assert.deepEqual(splitConflict('<<<<<<< HEAD\r\n1\r\n=======\r\n2\r\n>>>>>>> x\r\n'), { ours: '1\r\n', theirs: '2\r\n', line: 1 });
  });

  const note = (id: string): Annotation => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', creator: { type: 'Person', name: 'Ada' },
    created: '2026-12-01T10:00:00.000Z', modified: '2026-12-01T10:00:00.000Z',
    body: { type: 'TextualBody', purpose: 'commenting', kind: 'note', value: 'A note.' },
    target: { source: 'a.md', selector: makeSelectors('Police said 10 people came.', 12, 14) },
  });

  it('checks a file the same way everywhere: conflict markers, then the model, then its name', () => {
    const text = serializeAnnotation(note('n1'));
    assert.deepEqual(checkAnnotationFile('n1.json', text), { ok: true, annotation: note('n1') });
    assert.deepEqual(checkAnnotationFile('n1.json', `\uFEFF${text}`), { ok: true, annotation: note('n1') }, 'a byte order mark is read past');
    const renamed = checkAnnotationFile('copy.json', text);
    assert.deepEqual(renamed, {
      ok: false, code: 'annotation-file-name', offset: text.indexOf('"id"'),
      message: 'its id "n1" does not match its file name copy.json; an annotation\'s file is named after its id (n1.json), so rename the file or change the id.',
    });
    const unsafe = checkAnnotationFile('CON.json', serializeAnnotation(note('CON')));
    assert.deepEqual(unsafe.ok === false && [unsafe.code, unsafe.message], ['annotation-file-name', 'the id "CON" is a name Windows reserves for a device.']);
    const broken = checkAnnotationFile('n1.json', '\uFEFF{ "id": ');
    assert.equal(broken.ok === false && broken.code, 'malformed-annotation-file');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('"value"'));
    const conflicted = [...lines.slice(0, at), '<<<<<<< HEAD', lines[at], '=======', lines[at].replace('A note.', 'Theirs.'), '>>>>>>> b', ...lines.slice(at + 1)].join('\n');
    const c = checkAnnotationFile('n1.json', conflicted);
    assert.ok(!c.ok && c.code === 'annotation-merge-conflict' && c.conflict);
    assert.equal(c.message, `it has unresolved git merge conflict markers (from line ${at + 1}); keep one side or both`);
    assert.equal(c.offset, conflicted.indexOf('<<<<<<<'));
    assert.deepEqual(checkAnnotationFile('n1.json', c.conflict.ours), { ok: true, annotation: note('n1') });
  });

  it('groups the files that share an id within one workspace folder only', () => {
    const files = [
      { folder: 'a', id: 'x', name: 'a/one' }, { folder: 'a', id: 'x', name: 'a/two' }, { folder: 'b', id: 'x', name: 'b/one' },
      { folder: 'a', id: 'y', name: 'a/three' },
    ];
    assert.deepEqual(duplicateGroups(files, (f) => f.id, (f) => f.folder).map((g) => g.map((f) => f.name)), [['a/one', 'a/two']]);
  });
});
