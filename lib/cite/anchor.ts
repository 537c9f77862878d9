/**
 * Finding a quote again after the text is corrected, as the Hypothesis client's anchoring does:
 * the exact text tried first (its context breaking ties), then a fuzzy match with
 * diff-match-patch, verified. When nothing is close enough the caller is told, so it can say the
 * passage has changed instead of pointing at the wrong one. `selector.ts` is the public pair
 * (`toSelector` / `fromSelector`); this is its search. No Node imports: it runs in the browser.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { QuoteSelector } from './selector';

/**
 * diff-match-patch's match_main is given the first MATCH_PATTERN_LENGTH characters (its bitap
 * search works on patterns up to 32 characters, the bits of an integer).
 */
const MATCH_PATTERN_LENGTH = 32;
/**
 * How different a passage may be and still be taken for the cited one: 0 would accept only exact
 * text, 1 anything. 0.35 accepts typo fixes and small rewordings, refuses other sentences.
 */
export const FUZZY_MATCH_THRESHOLD = 0.35;
/**
 * How far (in characters) from the old position the passage may have moved before distance
 * counts against the match as much as errors do. Inserting a paragraph or two moves a passage by
 * a few hundred characters; a thousand keeps such edits cheap.
 */
export const FUZZY_MATCH_DISTANCE = 1000;
/** After a fuzzy match, at least this share of the quote must agree (verification step). */
const MIN_VERIFIED_SIMILARITY = 0.7;

/** Where a quote was found again, and how. */
export interface Anchor {
  start: number;
  end: number;
  method: 'exact' | 'fuzzy';
}

const dmp = new DiffMatchPatch();
dmp.Match_Threshold = FUZZY_MATCH_THRESHOLD;
dmp.Match_Distance = FUZZY_MATCH_DISTANCE;

/** Find the quote in `text`: exactly first, then fuzzily; undefined when it cannot be found with confidence. */
export function anchorQuote(text: string, selector: QuoteSelector): Anchor | undefined {
  const exact = exactMatches(text, selector.exact);
  if (exact.length > 0) {
    // The best context wins; among equals (a quote without context), the one nearest where it stood.
    const rank = (at: number) => [contextScore(text, at, selector), -Math.abs(at - selector.start)];
    const best = exact.reduce((a, b) => {
      const [scoreA, nearA] = rank(a);
      const [scoreB, nearB] = rank(b);
      return scoreB > scoreA || (scoreB === scoreA && nearB > nearA) ? b : a;
    });
    return { start: best, end: best + selector.exact.length, method: 'exact' };
  }
  if (selector.exact.length === 0) return undefined;
  const pattern = selector.exact.slice(0, MATCH_PATTERN_LENGTH);
  const expected = Math.min(Math.max(0, selector.start), text.length);
  const found = dmp.match_main(text, pattern, expected);
  if (found < 0) return undefined;
  const end = Math.min(text.length, found + selector.exact.length);
  const candidate = text.slice(found, end);
  if (similarity(candidate, selector.exact) < MIN_VERIFIED_SIMILARITY) return undefined;
  return { start: found, end, method: 'fuzzy' };
}

function exactMatches(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact === '') return found;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** How much of the prefix and suffix agree around a match, to choose among repeated quotes. */
function contextScore(text: string, at: number, selector: QuoteSelector): number {
  const before = text.slice(Math.max(0, at - selector.prefix.length), at);
  const after = text.slice(at + selector.exact.length, at + selector.exact.length + selector.suffix.length);
  return commonSuffix(before, selector.prefix) + commonPrefix(after, selector.suffix);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** 1 − (edit distance / length), measured with diff-match-patch's Levenshtein on a character diff. */
function similarity(a: string, b: string): number {
  const diffs = dmp.diff_main(a, b);
  return 1 - dmp.diff_levenshtein(diffs) / Math.max(a.length, b.length, 1);
}
