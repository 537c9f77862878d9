/**
 * Words and their Snowball stems (Porter's stemmers for Russian and English, via
 * `snowball-stemmers`): правительство, правительству, правительством → правительств.
 * Case is folded and ё is read as е. Stems are cached per word form: a text repeats its
 * vocabulary, and stemming is the slow part.
 */
import { newStemmer } from 'snowball-stemmers';
import { foldCase } from '../text';
import type { Lang } from '../types';

const STEMMERS = { ru: newStemmer('russian'), en: newStemmer('english') };
const cache: Record<Lang, Map<string, string>> = { ru: new Map(), en: new Map() };
const NON_WORD = /[^\p{L}\p{M}'’]+/u;

/** The lowercase stem of one word. */
export function stemWord(word: string, lang: Lang): string {
  const lower = foldCase(word).replace(/['’]s$/, '');
  let stem = cache[lang].get(lower);
  if (stem === undefined) {
    stem = STEMMERS[lang].stem(lower);
    cache[lang].set(lower, stem);
  }
  return stem;
}

/** The stems of every word of `text`, in order. */
export function stemsOf(text: string, lang: Lang): string[] {
  const stems: string[] = [];
  for (const raw of foldCase(text).split(NON_WORD)) {
    const word = raw.replace(/^['’]+|['’]+$/g, '');
    if (word === '') continue;
    let stem = cache[lang].get(word);
    if (stem === undefined) stem = stemWord(word, lang);
    stems.push(stem);
  }
  return stems;
}
