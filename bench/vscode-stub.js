// Stands in for the 'vscode' module when the bench times loading the extension bundle. esbuild's ESM
// interop copies the module's own keys, so the API names are listed; each yields a stub that answers any
// property, call or construction, so module-level code that reads the API can run.
const deep = new Proxy(function vscode() {}, {
  get: (_target, key) => (key === Symbol.toPrimitive ? () => 0 : deep),
  apply: () => deep,
  construct: () => deep,
});
const names = ['commands', 'window', 'workspace', 'languages', 'extensions', 'env', 'Uri', 'Range', 'Position', 'Selection',
  'Location', 'Diagnostic', 'DiagnosticSeverity', 'DiagnosticRelatedInformation', 'Hover', 'MarkdownString', 'Disposable',
  'EventEmitter', 'StatusBarAlignment', 'TextEditorRevealType', 'ViewColumn', 'ConfigurationTarget', 'RelativePattern'];
module.exports = Object.fromEntries(names.map((n) => [n, deep]));
