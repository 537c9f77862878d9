/**
 * Notes stage: the translator's and editor's apparatus — bracketed notes, identifications,
 * supplied words, expansions, [sic], transliterations, physical descriptions, archival reference
 * lines, footnotes — found in both languages and classified.
 */
export { findNotes, MAX_NOTE_DEPTH, notesOfParagraph, notesOfTexts } from './find';
export type { FoundNotes } from './find';
export { classifyBracket } from './classify';
export { scanBrackets } from './brackets';
export { isInsertion, removeInsertions, restoreInsertions } from './insertions';
export type { BareText, Removal } from './insertions';

export { NOTE_KIND_LABELS } from './labels';
