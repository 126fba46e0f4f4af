// Stands in for Node's `Worker` in the `browser` bundle, where the analyzer is given no worker script and so
// never constructs one (see platform.web.ts). Constructing it anyway says why it cannot work.

/** A worker thread that cannot start: the web extension host has no Node worker threads. */
export class Worker {
  constructor(script: string) {
    throw new Error(`cannot start ${script}: the web extension host has no worker threads and, served by a VS Code server, cannot start a nested Web Worker (microsoft/vscode#168942)`);
  }
}
