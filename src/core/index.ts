/** The one import point of the pure analysis core: no `vscode`, no Node built-ins. */
export type { Actor, ActorKind, AnnotationRef, ClaimBasis, DocumentModel, Dispute, Excerpt, Figure, Finding, Interest, Mention, Severity, Span } from './model';
export { AnalysisCache, analyzeDocument, proseSentences, proseSentencesWhole, type AnalyzeOptions } from './analyze/analyzeDocument';
export { splitChunks, type Chunk } from './parse/chunks';
export { formatFigureValue, formatNumber } from './analyze/formatValue';
export { describeBasis } from './analyze/claimBasis';
export { parseMarkdown, extractProseBlocks, type ProseBlock } from './parse/parseMarkdown';
export { TextIndex, type LineColumn } from './parse/textIndex';
export { ModelIndex, type Hit } from './modelIndex';
export { ACTOR_ACTIONS, CONTEXT_LENGTH, makeSelectors, REVIEW_STATUSES, type ActorAction, type ReviewStatus, type Annotation, type AnnotationBody, type AnnotationKind, type TextPositionSelector, type TextQuoteSelector } from './annotations/annotation';
export { anchor, MIN_CONFIDENCE, REVIEW_CONFIDENCE, type Anchor } from './annotations/anchoring';
export { newAnnotationId, randomToken, type RandomFill } from './random';
export { exportCollection, importCollection, MAX_FILE_SIZE, parseAnnotation, serializeAnnotation, type FormatError } from './annotations/format';
export { applyAnnotations, groupOfSubject, type PlacedAnnotation } from './annotations/applyAnnotations';
export { checkAnnotationFile, duplicateGroups, fileNameOf, folderSettingProblem, idProblem, isSafeId, splitConflict, type ConflictSides, type FileCheck, type FileProblemCode } from './annotations/storage';
export { anchorAnnotation, isVocabularyRule, WORKSPACE_SOURCE } from './annotations/vocabulary';
export { reportCsv, reportMarkdown, type ReportAnnotations } from './report/report';
export { buildFindings, makeSays } from './analyze/findings';
