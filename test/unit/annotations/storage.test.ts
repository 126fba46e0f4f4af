import * as assert from 'node:assert/strict';
import { folderSettingProblem, idProblem, isSafeId, splitConflict } from '../../../src/core';
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
});
