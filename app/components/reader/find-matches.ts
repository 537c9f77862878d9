/**
 * Find's matches in the passages: every occurrence of the folded query (case and ё ignored) in
 * each paragraph's text, as DOM ranges, even where a note or a finding splits the text into
 * several nodes. They are drawn with the CSS Custom Highlight API, so the server-rendered
 * markup is never changed; a browser without it still counts and steps through them.
 */
import { foldCase } from '@/lib/text/fold';
import type { ReaderParts } from './dom';
import { paragraphRange, paragraphText } from './paragraph-text';

/** One match: where it is, and the passage it belongs to. */
export interface FindMatch {
  range: Range;
  bead: number;
}

/** Highlight names the stylesheet styles (`::highlight(find-match)`). */
const MATCH_HIGHLIGHT = 'find-match';
const CURRENT_HIGHLIGHT = 'find-current';

/** Every match of `query` in the panes, Russian pane first, in reading order. */
export function findMatches(parts: ReaderParts, query: string): FindMatch[] {
  const needle = foldCase(query.trim());
  if (!needle) return [];
  const matches: FindMatch[] = [];
  for (const pane of [parts.ru, parts.en]) {
    for (const paragraph of pane?.querySelectorAll<HTMLElement>('[data-bead]') ?? []) {
      const whole = foldCase(paragraphText(paragraph));
      for (let at = whole.indexOf(needle); at >= 0; at = whole.indexOf(needle, at + needle.length)) {
        matches.push({ range: paragraphRange(paragraph, at, at + needle.length), bead: Number(paragraph.dataset.bead) });
      }
    }
  }
  return matches;
}

/** Draw the matches, the current one (an index, or −1 for none) apart. */
export function drawMatches(matches: FindMatch[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  CSS.highlights.set(MATCH_HIGHLIGHT, new Highlight(...matches.filter((_, index) => index !== current).map((match) => match.range)));
  CSS.highlights.set(CURRENT_HIGHLIGHT, new Highlight(...(matches[current] ? [matches[current].range] : [])));
}
