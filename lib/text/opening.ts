/**
 * The opening of a text, to name it where there is room for a few words: a finding's quote, the
 * `--explain` table, the edit panel's menus. White space is collapsed to single spaces, and a text
 * longer than the room is cut at a word where one ends in the second half of it (else inside the
 * word) and ends in an ellipsis.
 */

/** `text` with white space collapsed, cut to at most `maxLength` characters and an ellipsis when longer. */
export function openingOf(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const lastSpace = flat.lastIndexOf(' ', maxLength);
  return `${flat.slice(0, lastSpace > maxLength / 2 ? lastSpace : maxLength).trimEnd()}…`;
}
