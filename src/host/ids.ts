/** Command ids, setting keys and view ids, in one place. */
export const Commands = {
  showSidebar: 'marginalia.showSidebar',
  reanalyze: 'marginalia.reanalyze',
  revealRange: 'marginalia.revealRange',
  analyzeAnyway: 'marginalia.analyzeAnyway',
  annotateSelection: 'marginalia.annotateSelection',
  deleteAnnotation: 'marginalia.deleteAnnotation',
  reattachAnnotation: 'marginalia.reattachAnnotation',
  editAnnotation: 'marginalia.editAnnotation',
  replyToAnnotation: 'marginalia.replyToAnnotation',
  exportAnnotations: 'marginalia.exportAnnotations',
  importAnnotations: 'marginalia.importAnnotations',
  exportReport: 'marginalia.exportReport',
} as const;

export const Views = {
  container: 'marginalia',
  sidebar: 'marginalia.sidebar',
} as const;

export const Settings = {
  section: 'marginalia',
  enable: 'enable',
  disputeSeverity: 'disputes.severity',
  debounceMs: 'diagnostics.debounceMs',
  hoverEnable: 'hover.enable',
  maxDocumentSize: 'maxDocumentSize',
  commentThreads: 'annotations.commentThreads',
} as const;

/** The diagnostic collection's name and the diagnostics' source. */
export const DIAGNOSTIC_SOURCE = 'Marginalia';
