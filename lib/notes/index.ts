/**
 * Notes stage: the translator's and editor's apparatus — bracketed notes, identifications,
 * supplied words, expansions, [sic], transliterations, physical descriptions, archival reference
 * lines, footnotes — found in both languages and classified.
 */
export { findNotes, notesOfParagraph } from './find';
export type { FoundNotes } from './find';
export { classifyBracket } from './classify';
export { scanBrackets } from './brackets';
export { isInsertion, removeInsertions, restoreInsertions } from './insertions';
export type { BareText, Removal } from './insertions';

/** Human names of the note kinds, for legends and reports. */
export const NOTE_KIND_LABELS = {
  'translator-note': "Translator's note",
  'editor-note': "Editor's note",
  identification: 'Identification',
  supplied: 'Supplied words',
  expansion: 'Expanded abbreviation',
  sic: '[sic]',
  transliteration: 'Original wording (transliterated)',
  physical: 'Description of the document',
  'archival-reference': 'Archival reference',
  footnote: 'Footnote',
} as const;
