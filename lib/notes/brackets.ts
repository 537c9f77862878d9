/**
 * Square brackets of a paragraph, paired with a stack so that nesting works:
 * "[Handwritten at the top: [reply]] …" gives the outer span and the inner "[reply]". A bracket
 * without a partner is reported, never dropped: its text stays where it was.
 */

/** A pair of matching brackets: offsets of "[" and one past "]". */
export interface BracketSpan {
  start: number;
  end: number;
  /** Nesting depth, 0 for outermost. */
  depth: number;
}

/** Brackets of a text: the matched pairs (in order of their opening) and the offsets of unmatched ones. */
export interface BracketScan {
  spans: BracketSpan[];
  unmatched: number[];
}

/** Pair the square brackets of `text`. Also pairs the round brackets of "(Translator's note …)". */
export function scanBrackets(text: string): BracketScan {
  const spans: BracketSpan[] = [];
  const unmatched: number[] = [];
  const open: number[] = [];
  for (let offset = 0; offset < text.length; offset++) {
    const character = text[offset];
    if (character === '[') {
      open.push(offset);
    } else if (character === ']') {
      const start = open.pop();
      if (start === undefined) unmatched.push(offset);
      else spans.push({ start, end: offset + 1, depth: open.length });
    }
  }
  for (const start of open) unmatched.push(start);
  const notes = [...text.matchAll(/\((?:translator['’]s note|note of the translator|прим(?:ечание)?\.? перев)[^()]*\)/giu)];
  if (notes.length > 0) {
    const depths = depthsAt(spans, notes.map((match) => match.index));
    notes.forEach((match, k) => spans.push({ start: match.index, end: match.index + match[0].length, depth: depths[k] }));
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { spans, unmatched: unmatched.sort((a, b) => a - b) };
}

/** How many bracket spans enclose each of `offsets` (ascending): one sweep over the spans' ends, not a scan per offset. */
function depthsAt(spans: BracketSpan[], offsets: number[]): number[] {
  const events = spans.flatMap((span) => [[span.start, 1], [span.end - 1, -1]]).sort((a, b) => a[0] - b[0]);
  const depths: number[] = [];
  let depth = 0;
  let next = 0;
  for (const offset of offsets) {
    while (next < events.length && events[next][0] < offset) depth += events[next++][1];
    depths.push(depth);
  }
  return depths;
}
