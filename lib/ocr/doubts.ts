/**
 * The words the OCR engine was unsure of (ocr.yml), found again in the current ru.md. A doubt is
 * found by its word with the text around it, as a quote selector is (the exact match first, in
 * the paragraph it was written in, then in the paragraphs nearby, then with less context); a word
 * a person has since corrected is no longer there and is no longer marked.
 */
import type { OcrDoubt } from '../types';

/** A doubtful word where it stands now: its paragraph and offsets in the paragraph's plain text. */
export interface PlacedDoubt extends OcrDoubt {
  start: number;
  end: number;
}

/** Paragraphs either side of the one a doubt was written in that are searched too: a few paragraphs added or merged above it. */
const NEARBY_PARAGRAPHS = 3;

/** Where each doubt stands in `paragraphs` (ru.md's plain texts); doubts no longer found are left out. */
export function placeDoubts(doubts: OcrDoubt[], paragraphs: string[]): PlacedDoubt[] {
  const placed: PlacedDoubt[] = [];
  const taken = new Set<string>();
  for (const doubt of doubts) {
    const found = locate(doubt, paragraphs, taken);
    if (!found) continue;
    taken.add(`${found.paragraph}:${found.start}`);
    placed.push({ ...doubt, ...found, end: found.start + doubt.word.length });
  }
  return placed.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

function locate(doubt: OcrDoubt, paragraphs: string[], taken: Set<string>): { paragraph: number; start: number } | undefined {
  const order = [doubt.paragraph];
  for (let distance = 1; distance <= NEARBY_PARAGRAPHS; distance++) order.push(doubt.paragraph - distance, doubt.paragraph + distance);
  const quotes: Array<[string, number]> = [
    [doubt.before + doubt.word + doubt.after, doubt.before.length],
    [doubt.word + doubt.after, 0],
    [doubt.before + doubt.word, doubt.before.length],
  ];
  for (const [quote, offset] of quotes) {
    for (const paragraph of order) {
      const text = paragraphs[paragraph];
      if (text === undefined) continue;
      for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        if (!taken.has(`${paragraph}:${at + offset}`)) return { paragraph, start: at + offset };
      }
    }
  }
  return undefined;
}
