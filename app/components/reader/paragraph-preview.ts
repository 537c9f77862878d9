/**
 * Paragraphs named by their opening words in the edit panel's menus (split here, not translated,
 * added), so a person picks the paragraph they see in the texts rather than a bare number.
 * Computed on the server, in edit mode only; no React here.
 */
import { plainText } from '@/lib/parse';
import { openingOf } from '@/lib/text';
import type { ColumnView } from '@/lib/view';

/** The opening words of each paragraph of each text (`paragraphPreviews`). */
export interface ParagraphPreviews {
  ru: string[];
  en: string[];
}

/** Letters of a paragraph's opening a menu shows: enough to recognise it beside the texts. */
export const PREVIEW_LETTERS = 40;

/** The opening words of each paragraph of a text. */
export function paragraphPreviews(column: ColumnView): string[] {
  return column.paragraphs.map((paragraph) => openingOf(plainText(paragraph.inlines), PREVIEW_LETTERS));
}
