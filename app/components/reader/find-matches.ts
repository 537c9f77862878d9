/**
 * Find's matches in the passages: every occurrence of the folded query (case and ё ignored) in
 * each paragraph's text, and for a one-word query the words the site search would match too
 * (stems, names across scripts), as DOM ranges, even where a note or a finding splits the text
 * into several nodes. They are drawn with the CSS Custom Highlight API, so the server-rendered
 * markup is never changed; a browser without it still counts and steps through them.
 */
import { foldCase } from '@/lib/text/fold';
import type { ReaderParts } from './dom';
import { readParagraph, type ParagraphText } from './paragraph-text';

/** One match: where it is, and the passage it belongs to. */
export interface FindMatch {
  range: Range;
  bead: number;
  /** The paragraph's place in reading order (Russian pane first) and the match's offset in it: for ordering and merging. */
  order: number;
  start: number;
}

/** Highlight names the stylesheet styles (`::highlight(find-match)`). */
const MATCH_HIGHLIGHT = 'find-match';
const CURRENT_HIGHLIGHT = 'find-current';

/** The paragraphs of the panes in reading order, Russian pane first. */
function paragraphsOf(parts: ReaderParts): HTMLElement[] {
  return [parts.ru, parts.en].flatMap((pane) => [...pane?.querySelectorAll<HTMLElement>('[data-bead]') ?? []]);
}

/** Every occurrence of `query` in the panes (case and ё ignored), Russian pane first, in reading order. */
export function findMatches(parts: ReaderParts, query: string): FindMatch[] {
  const needle = foldCase(query.trim());
  if (!needle) return [];
  const matches: FindMatch[] = [];
  paragraphsOf(parts).forEach((paragraph, order) => {
    const read = readParagraph(paragraph);
    const whole = foldCase(read.text);
    for (let at = whole.indexOf(needle); at >= 0; at = whole.indexOf(needle, at + needle.length)) {
      matches.push({ range: read.range(at, at + needle.length), bead: Number(paragraph.dataset.bead), order, start: at });
    }
  });
  return matches;
}

/**
 * The words that match a one-word query as the site search matches it: by stem (районе for
 * район) and by name across scripts (Сюйчжоу for Xuzhou, Кореи for Korea). The search's word
 * code is loaded only now, so the reader's first load does not carry it.
 */
export async function findWordMatches(parts: ReaderParts, query: string): Promise<FindMatch[]> {
  if (!/^[\p{L}\p{N}'’-]{2,}$/u.test(query.trim())) return [];
  const { markWords, termsOf } = await import('@/lib/search/terms');
  const word = query.trim();
  // A name typed in lower case is still a name: its capitalised form gives its spellings in both scripts.
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  const wanted = new Set([...termsOf(word), ...termsOf(capitalised)].map((term) => term.term));
  const matches: FindMatch[] = [];
  paragraphsOf(parts).forEach((paragraph, order) => {
    const { read, terms } = termsOfParagraph(paragraph, termsOf);
    const positions = terms.filter((term) => wanted.has(term.term)).map((term) => term.position);
    if (positions.length === 0) return;
    let offset = 0;
    for (const piece of markWords(read.text, positions)) {
      if (piece.marked) matches.push({ range: read.range(offset, offset + piece.text.length), bead: Number(paragraph.dataset.bead), order, start: offset });
      offset += piece.text.length;
    }
  });
  return matches;
}

/**
 * A paragraph's text and search terms, worked out the first time a word is looked for and kept
 * for the page's life: the passages do not change, and stemming a long document again for every
 * query would make each keystroke cost seconds.
 */
const paragraphTerms = new WeakMap<Element, { read: ParagraphText; terms: Array<{ term: string; position: number }> }>();

function termsOfParagraph(paragraph: Element, termsOf: (text: string) => Array<{ term: string; position: number }>) {
  let known = paragraphTerms.get(paragraph);
  if (!known) {
    const read = readParagraph(paragraph);
    known = { read, terms: termsOf(read.text) };
    paragraphTerms.set(paragraph, known);
  }
  return known;
}

/** Two lists of matches as one, in reading order; a word found both ways counts once. */
export function mergeMatches(first: FindMatch[], second: FindMatch[]): FindMatch[] {
  const seen = new Set(first.map((match) => `${match.order}:${match.start}`));
  return [...first, ...second.filter((match) => !seen.has(`${match.order}:${match.start}`))]
    .sort((a, b) => a.order - b.order || a.start - b.start);
}

/** Draw the matches, the current one (an index, or −1 for none) apart. */
export function drawMatches(matches: FindMatch[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  CSS.highlights.set(MATCH_HIGHLIGHT, new Highlight(...matches.filter((_, index) => index !== current).map((match) => match.range)));
  CSS.highlights.set(CURRENT_HIGHLIGHT, new Highlight(...(matches[current] ? [matches[current].range] : [])));
}
