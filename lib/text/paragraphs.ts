/** Plain-text paragraphs: blocks of lines separated by blank lines (the `align` and `check` CLI input). */

/** The blocks of `text` separated by one or more blank lines, trimmed, empty ones dropped. */
export function splitPlainParagraphs(text: string): string[] {
  return text.split(/\n[ \t]*\n/).map((block) => block.trim()).filter((block) => block !== '');
}
