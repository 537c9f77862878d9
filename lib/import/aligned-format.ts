/**
 * The conventions Sverka's aligned exports follow, shared by the writer (lib/export) and the
 * reader (lib/import/aligned) so that an export imports back as the same document.
 */

/** Separator of paragraphs within one side of a bead (TMX segment, TSV cell): the corpus's own blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** TMX placeholder type for a character XML cannot hold, with its code: `<ph type="x-sverka-char-0007"/>`, TMX's way to carry native codes. */
export const CHARACTER_PLACEHOLDER = 'x-sverka-char';

/** TMX `<prop>` types Sverka writes and reads. */
export const ALIGNED_PROPS = {
  /** Header: the document's folder name. */
  slug: 'x-sverka-slug',
  /** Header: the document's title. */
  title: 'x-sverka-title',
  /** Header: the whole document.yml, so that the record survives the round trip. */
  record: 'x-sverka-document-yml',
  /** Unit: each paragraph's Markdown as written (a JSON list of strings), so list markers, emphasis and links survive. */
  markdown: { ru: 'x-sverka-markdown-ru', en: 'x-sverka-markdown-en' },
} as const;

/** TSV column whose first row holds the whole document.yml, so that the record survives the round trip. */
export const TSV_RECORD_COLUMN = 'document.yml';
