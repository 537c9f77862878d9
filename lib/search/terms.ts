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

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Longest query accepted, in characters: a paragraph, not a book pasted by mistake. */
export const MAX_QUERY_LENGTH = 2000;

/** The terms of `text`, with word positions; names also give a `name:` term at the same position. */
export function termsOf(text: string, options: { names?: boolean } = {}): Term[] {
  const terms: Term[] = [];
  let position = 0;
  for (const match of text.matchAll(WORD)) {
    const word = foldHomoglyphs(match[0]);
    const lang = CYRILLIC.test(word) ? 'ru' : 'en';
    terms.push({ term: stemWord(word, lang), position });
    if (options.names !== false && /^\p{Lu}/u.test(word) && word.length >= 3) {
      for (const key of lang === 'ru' ? russianNameKeys(word) : englishNameKeys(word)) terms.push({ term: `name:${key}`, position });
    }
    position++;
  }
  return terms;
}
