/**
 * Search terms of a text: Snowball stems of its words (правительство, правительству,
 * правительством → правительств), case and ё folded, Latin look-alike letters inside Cyrillic
 * words made Cyrillic ("тов.Cталину"), and for capitalised words also a name key that matches
 * the same name in the other script (Roshchin ↔ Рощин, Mao Zedong ↔ Мао Цзэдун).
 */
import { englishNameKeys, foldHomoglyphs, russianNameKeys } from '../names';
import { stemWord } from '../segment';

/** One term at a word position of the text. */
export interface Term {
  term: string;
  position: number;
}

/** A word: letters and digits, with an apostrophe ending ("Stalin's"). Positions count these. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Longest query accepted, in characters: a paragraph, not a book pasted by mistake. */
export const MAX_QUERY_LENGTH = 2000;

/**
 * Terms already worked out, by word. A corpus repeats its words and names endlessly, and
 * transliterating a name is the costly part; 100,000 words is a large vocabulary in a few MB.
 */
const wordTerms = new Map<string, string[]>();
const WORD_CACHE_SIZE = 100_000;

/** The terms of one word: its stem and, for a capitalised word, its name keys. */
function termsOfWord(raw: string, names: boolean): string[] {
  const cacheKey = names ? raw : `\u0000${raw}`;
  const cached = wordTerms.get(cacheKey);
  if (cached) return cached;
  const word = foldHomoglyphs(raw);
  const lang = CYRILLIC.test(word) ? 'ru' : 'en';
  const terms = [stemWord(word, lang)];
  if (names && /^\p{Lu}/u.test(word) && word.length >= 3) {
    for (const key of lang === 'ru' ? russianNameKeys(word) : englishNameKeys(word)) terms.push(`name:${key}`);
  }
  if (wordTerms.size >= WORD_CACHE_SIZE) wordTerms.clear();
  wordTerms.set(cacheKey, terms);
  return terms;
}

/** The terms of `text`, with word positions; names also give a `name:` term at the same position. */
export function termsOf(text: string, options: { names?: boolean } = {}): Term[] {
  const result: Term[] = [];
  let position = 0;
  for (const match of text.matchAll(WORD)) {
    for (const term of termsOfWord(match[0], options.names !== false)) result.push({ term, position });
    position++;
  }
  return result;
}

/** The words of `text`, in order: position N of a hit's `matched` is the Nth of these. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** `text` cut into pieces, each marked when it is a word at one of `positions`: for highlighting hits. */
export function markWords(text: string, positions: number[]): Array<{ text: string; marked: boolean }> {
  const wanted = new Set(positions);
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let position = 0;
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (wanted.has(position)) {
      if (match.index > last) pieces.push({ text: text.slice(last, match.index), marked: false });
      pieces.push({ text: match[0], marked: true });
      last = match.index + match[0].length;
    }
    position++;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), marked: false });
  return pieces;
}
