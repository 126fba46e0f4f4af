/** The one import point of the pure analysis core: no `vscode`, no Node built-ins. */
export type { Actor, ActorKind, AnnotationRef, ClaimBasis, DocumentModel, Dispute, Excerpt, Figure, Finding, Interest, Mention, Severity, Span } from './model';
export { AnalysisCache, analyzeDocument, proseSentences, proseSentencesWhole, type AnalyzeOptions } from './analyze/analyzeDocument';
export { splitChunks, type Chunk } from './parse/chunks';
export { formatFigureValue, formatNumber } from './analyze/formatValue';
export { describeBasis } from './analyze/claimBasis';
export { parseMarkdown, extractProseBlocks, type ProseBlock } from './parse/parseMarkdown';
export { declineReason, DELIMITER_WORK_LIMIT, LIST_WORK_LIMIT, scanShape, type DocumentShape } from './parse/documentShape';
export { MAX_NESTING } from './parse/neutraliseNesting';
export { TextIndex, type LineColumn } from './parse/textIndex';
export { ModelIndex, type Hit } from './modelIndex';
export { ACTOR_ACTIONS, CONTEXT_LENGTH, makeSelectors, REVIEW_STATUSES, type ActorAction, type ReviewStatus, type Annotation, type AnnotationBody, type AnnotationKind, type TextPositionSelector, type TextQuoteSelector } from './annotations/annotation';
export { anchor, MIN_CONFIDENCE, REVIEW_CONFIDENCE, type Anchor } from './annotations/anchoring';
export { exportCollection, importCollection, MAX_FILE_SIZE, parseAnnotation, serializeAnnotation, type FormatError } from './annotations/format';
export { applyAnnotations, groupOfSubject, type PlacedAnnotation } from './annotations/applyAnnotations';
export { buildFindings, makeSays } from './analyze/findings';
