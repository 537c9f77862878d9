/**
 * Paragraphs named by their opening words in the edit panel's menus (split here, not translated,
 * added), so a person picks the paragraph they see in the texts rather than a bare number.
 * Computed on the server, in edit mode only; no React here.
 */

/** The opening words of each paragraph of each text (`paragraphPreview`). */
export interface ParagraphPreviews {
  ru: string[];
  en: string[];
}

/** Letters of a paragraph's opening a menu shows: enough to recognise it beside the texts. */
export const PREVIEW_LETTERS = 40;

/** A paragraph's plain text cut to its opening words for a menu: white space collapsed, cut at a word within PREVIEW_LETTERS. */
export function paragraphPreview(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= PREVIEW_LETTERS) return collapsed;
  const cut = collapsed.lastIndexOf(' ', PREVIEW_LETTERS);
  return `${collapsed.slice(0, cut > PREVIEW_LETTERS / 2 ? cut : PREVIEW_LETTERS)}…`;
}
