/** Names stage: proper names across scripts (transliteration, Palladius → pinyin, exonyms). */
export { englishNameKeys, foldHomoglyphs, foldLatin, latinSpellings, nameStems, russianNameKeys } from './match';
export { palladiusToPinyin } from './palladius';
