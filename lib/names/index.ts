/** Names stage: proper names across scripts (transliteration, Palladius → pinyin, exonyms). */
export { englishNameKeys, foldLatin, latinSpellings, russianNameKeys } from './match';
export { palladiusToPinyin } from './palladius';
