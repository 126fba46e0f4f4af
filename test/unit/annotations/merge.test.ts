import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkAnnotationFile, fileNameOf, makeSelectors, newAnnotationId, parseAnnotation, serializeAnnotation, serializeReply, WORKSPACE_SOURCE, type Annotation, type Reply } from '../../../src/core';

const TEXT = 'Russia says North Korea will send 6,000 soldiers. Reports say Kim is getting oil and food.';

function annotation(id: string, author: string, needle: string, value: string, modified = '2026-11-26T10:00:00.000Z'): Annotation {
  const s = TEXT.indexOf(needle);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', creator: { type: 'Person', name: author },
    created: '2026-11-26T10:00:00.000Z', modified,
    body: { type: 'TextualBody', purpose: 'commenting', kind: 'note', value },
    target: { source: 'article.md', selector: makeSelectors(TEXT, s, s + needle.length) },
  };
}

describe('sharing annotations through git', function () {
  this.timeout(30_000);

  it('merges two clones that added and edited different annotations without a conflict', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'marginalia-git-'));
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const write = (dir: string, a: Annotation) => {
      mkdirSync(path.join(dir, '.marginalia'), { recursive: true });
      writeFileSync(path.join(dir, '.marginalia', `${a.id}.json`), serializeAnnotation(a));
    };
    const origin = path.join(root, 'origin');
    mkdirSync(origin);
    git(origin, 'init', '-q', '-b', 'main');
    git(origin, 'config', 'user.email', 't@example.invalid');
    git(origin, 'config', 'user.name', 'T');
    writeFileSync(path.join(origin, 'article.md'), TEXT);
    write(origin, annotation('shared', 'Ada', '6,000', 'First version.'));
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'start');
    git(origin, 'config', 'receive.denyCurrentBranch', 'updateInstead');
    const clone = (name: string) => {
      const dir = path.join(root, name);
      git(root, 'clone', '-q', origin, dir);
      git(dir, 'config', 'user.email', `${name}@example.invalid`);
      git(dir, 'config', 'user.name', name);
      return dir;
    };
    const ada = clone('ada');
    const grace = clone('grace');
    write(ada, annotation('ada-1', 'Ada', 'oil and food', 'Which reports?'));
    write(ada, annotation('shared', 'Ada', '6,000', 'Edited by Ada.', '2026-11-26T11:00:00.000Z'));
    git(ada, 'add', '-A');
    git(ada, 'commit', '-qm', 'ada');
    write(grace, annotation('grace-1', 'Grace', 'Kim', 'Kim Jong Un.'));
    git(grace, 'add', '-A');
    git(grace, 'commit', '-qm', 'grace');
    git(ada, 'push', '-q', 'origin', 'main');
    git(grace, 'pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main');
    assert.equal(git(grace, 'status', '--porcelain'), '');
    const files = readdirSync(path.join(grace, '.marginalia')).sort();
    assert.deepEqual(files, ['ada-1.json', 'grace-1.json', 'shared.json']);
    const loaded = files.map((f) => parseAnnotation(readFileSync(path.join(grace, '.marginalia', f), 'utf8')));
    assert.deepEqual(loaded.map((r) => ('annotation' in r ? r.annotation.body.value : r.error.message)), ['Which reports?', 'Kim Jong Un.', 'Edited by Ada.']);
  });

  it('merges a reply written in one clone and a team vocabulary rule written in another without a conflict', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'marginalia-git-'));
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const put = (dir: string, id: string, text: string) => {
      mkdirSync(path.join(dir, '.marginalia'), { recursive: true });
      writeFileSync(path.join(dir, '.marginalia', fileNameOf(id)), text);
    };
    const origin = path.join(root, 'origin');
    mkdirSync(origin);
    git(origin, 'init', '-q', '-b', 'main');
    git(origin, 'config', 'user.email', 't@example.invalid');
    git(origin, 'config', 'user.name', 'T');
    writeFileSync(path.join(origin, 'article.md'), TEXT);
    const note = annotation(newAnnotationId(new Date('2026-11-26T10:00:00Z')), 'Ada', '6,000', 'Which source?');
    put(origin, note.id, serializeAnnotation(note));
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'start');
    git(origin, 'config', 'receive.denyCurrentBranch', 'updateInstead');
    const clone = (name: string) => {
      const dir = path.join(root, name);
      git(root, 'clone', '-q', origin, dir);
      git(dir, 'config', 'user.email', `${name}@example.invalid`);
      git(dir, 'config', 'user.name', name);
      return dir;
    };
    const ada = clone('ada');
    const grace = clone('grace');
    const reply: Reply = {
      '@context': 'http://www.w3.org/ns/anno.jsonld', id: newAnnotationId(new Date('2026-11-26T11:00:00Z')), type: 'Annotation', motivation: 'replying',
      creator: { type: 'Person', name: 'Ada' }, created: '2026-11-26T11:00:00.000Z', modified: '2026-11-26T11:00:00.000Z',
      body: { type: 'TextualBody', purpose: 'replying', kind: 'reply', value: 'Russia’s defence ministry.' }, target: note.id,
    };
    put(ada, reply.id, serializeReply(reply));
    git(ada, 'add', '-A');
    git(ada, 'commit', '-qm', 'ada replies');
    const s = TEXT.indexOf('Kim');
    const rule: Annotation = {
      ...annotation(newAnnotationId(new Date('2026-11-26T11:30:00Z')), 'Grace', 'Kim', 'Kim Jong Un'),
      body: { type: 'TextualBody', purpose: 'tagging', kind: 'actor', value: 'Kim Jong Un', fields: { action: 'declare', actorKind: 'person' } },
      target: { source: WORKSPACE_SOURCE, selector: makeSelectors(TEXT, s, s + 3) },
    };
    put(grace, rule.id, serializeAnnotation(rule));
    git(grace, 'add', '-A');
    git(grace, 'commit', '-qm', 'grace adds a vocabulary rule');
    git(ada, 'push', '-q', 'origin', 'main');
    git(grace, 'pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main');
    assert.equal(git(grace, 'status', '--porcelain'), '');
    const files = readdirSync(path.join(grace, '.marginalia')).sort();
    assert.deepEqual(files, [note.id, reply.id, rule.id].map(fileNameOf).sort());
    const loaded = files.map((f) => checkAnnotationFile(f, readFileSync(path.join(grace, '.marginalia', f), 'utf8')));
    const byId = new Map<string, Annotation | Reply | string>(loaded.map((c) => (c.ok ? ('reply' in c ? [c.reply.id, c.reply] : [c.annotation.id, c.annotation]) : ['problem', c.message])));
    assert.deepEqual(byId.get(note.id), note);
    assert.deepEqual(byId.get(reply.id), reply);
    assert.deepEqual(byId.get(rule.id), rule);
  });
});
