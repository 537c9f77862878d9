/**
 * Files stage: reading and writing the corpus and the files people hand to the CLI safely:
 * bounded reads that refuse folders, pipes and oversized files; atomic writes that never follow a
 * link; whole-folder replacement; and one writer at a time per document.
 */
export { asFileRefused, FileRefused, readBoundedFile, readBoundedFileIfPresent, readFileHead } from './read';
export { findLeftovers, refuseLink, replaceFolder, restoreSetAside, writeFileAtomic } from './write';
export type { CopiedFile, FolderFiles } from './write';
export { documentLockPath, withDocumentLock } from './lock';
export { displayPath } from './display';
