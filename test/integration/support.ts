import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';

/** Resolves when `accept` holds, checked every 50 ms; fails after `ms` saying what it waited for. */
export async function poll(accept: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  for (const deadline = Date.now() + ms; !(await accept()); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

/** Activates the extension under test and waits until the workspace's annotation files are read. */
export async function activateMarginalia(): Promise<MarginaliaApi> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'marginalia');
  assert.ok(ext, 'the extension under development is loaded');
  const api = (await ext.activate()) as MarginaliaApi;
  await api.annotations.ready;
  return api;
}
