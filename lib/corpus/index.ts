/** Corpus stage: documents loaded from `texts/`, each with its problems. */
export { corpusDirectory, isReadable, isSafeSlug, listSlugs, loadCorpus, loadDocument, MAX_SLUG_LENGTH } from './load';
export { pinNotation, readPins, writePins } from './pins';
export { ALIGNMENT_REVISION_LENGTH, AlignmentChanged, alignmentRevision, EditRefused, isAlignmentRevision, pinChange, rewriteAlignmentFile } from './pin-edits';
export { recordAlignmentEdit } from './alignment-file';
export type { RecordedEdit } from './alignment-file';
export type { AlignmentEdit, PinChange } from './pin-edits';
export { readCorpusText } from './read-text';
export type { ReadPins } from './pins';
export { addDismissal, readReview, recordDismissal, ReviewFileRefused } from './review';
export type { ReadReview } from './review';
export { readOcrLedger, SCAN_IMAGE_NAME, writeOcrLedger } from './ocr-ledger';
export type { ReadOcrLedger } from './ocr-ledger';
