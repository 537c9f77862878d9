/** Case folding for matching words, the same everywhere (stems, anchors, names, find in the page). */

/**
 * `text` lowercased, with ё read as е: Russian print mostly leaves ё unmarked, so "ещё" and "еще"
 * are one word. Lengths and offsets are unchanged (both letters are one UTF-16 unit), so matches
 * found in folded text point into the original.
 */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}
