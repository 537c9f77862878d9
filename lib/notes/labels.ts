/** Human names of the note kinds, for legends, tooltips and reports. Kept apart so the browser can import it alone. */
import type { NoteKind } from '../types';

/** Label of each note kind. */
export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
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
};
