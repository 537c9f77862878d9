/**
 * Number words in Russian and English, read as values: девять → 9, сто двадцать четыре → 124,
 * "one hundred and twenty-four" → 124, третьего → 3. Russian words are matched whole with their
 * case endings, so "стол" is not сто and "первоначально" is not первый.
 */
import type { Lang } from '../types';

type WordTable = Array<[RegExp, number]>;

const CARDINAL_ENDINGS = '(?:ь|и|ью)';
const ORDINAL_ENDINGS = '(?:ый|ой|ий|ая|ое|ые|ого|ому|ую|ым|ых|ыми|ом|ье|ья|ьи|ьего|ьему|ью|ьим|ьих|ьими|ьем|ьей|ей)';
const RUSSIAN_WORDS: WordTable = [
  [/^(?:один|одна|одно|одного|одной|одному|одну|одним|одном)$/, 1],
  [/^(?:два|две|двух|двум|двумя)$/, 2],
  [/^(?:три|трех|трёх|трем|трём|тремя)$/, 3],
  [/^(?:четыре|четырех|четырёх|четырем|четырём|четырьмя)$/, 4],
  [/^(?:пять|пяти|пятью)$/, 5],
  [/^(?:шесть|шести|шестью)$/, 6],
  [/^(?:семь|семи)$/, 7],
  [/^(?:восемь|восьми|восемью|восьмью)$/, 8],
  [/^(?:девять|девяти|девятью)$/, 9],
  [/^(?:десять|десяти|десятью)$/, 10],
  ...['одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат']
    .map((stem, index): [RegExp, number] => [new RegExp(`^${stem}${CARDINAL_ENDINGS}$`), 11 + index]),
  [new RegExp(`^двадцат${CARDINAL_ENDINGS}$`), 20],
  [new RegExp(`^тридцат${CARDINAL_ENDINGS}$`), 30],
  [/^(?:сорок|сорока)$/, 40],
  [/^(?:пятьдесят|пятидесяти|пятьюдесятью)$/, 50],
  [/^(?:шестьдесят|шестидесяти|шестьюдесятью)$/, 60],
  [/^(?:семьдесят|семидесяти|семьюдесятью)$/, 70],
  [/^(?:восемьдесят|восьмидесяти|восемьюдесятью)$/, 80],
  [/^(?:девяносто|девяноста)$/, 90],
  [/^(?:сто|ста)$/, 100],
  [/^(?:двести|двухсот)$/, 200],
  [/^(?:триста|трехсот|трёхсот)$/, 300],
  [/^(?:четыреста|четырехсот|четырёхсот)$/, 400],
  [/^(?:пятьсот|пятисот)$/, 500],
  [/^(?:шестьсот|шестисот)$/, 600],
  [/^(?:семьсот|семисот)$/, 700],
  [/^(?:восемьсот|восьмисот)$/, 800],
  [/^(?:девятьсот|девятисот)$/, 900],
  [/^(?:тысяча|тысячи|тысяч|тысячу|тысячей|тысячам|тысячами)$/, 1000],
  ...['перв', 'втор', 'трет', 'четв[её]рт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят']
    .map((stem, index): [RegExp, number] => [new RegExp(`^${stem}${ORDINAL_ENDINGS}$`), 1 + index]),
  // Ordinals of the teens and tens: девятнадцатого сентября, в тридцатом году.
  ...['одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат']
    .map((stem, index): [RegExp, number] => [new RegExp(`^${stem}${ORDINAL_ENDINGS}$`), 11 + index]),
  ...['двадцат', 'тридцат', 'сороков', 'пятидесят', 'шестидесят', 'семидесят', 'восьмидесят', 'девяност']
    .map((stem, index): [RegExp, number] => [new RegExp(`^${stem}${ORDINAL_ENDINGS}$`), 20 + 10 * index]),
];

const ENGLISH_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth'];
const ENGLISH_WORDS: WordTable = [
  ...ENGLISH_UNITS.map((word, index): [RegExp, number] => [new RegExp(`^${word}$`), index + 1]),
  ...ENGLISH_TENS.map((word, index): [RegExp, number] => [new RegExp(`^${word}$`), 20 + 10 * index]),
  ...ENGLISH_ORDINALS.map((word, index): [RegExp, number] => [new RegExp(`^${word}$`), index + 1]),
  [/^hundred$/, 100],
  [/^thousand$/, 1000],
];

/**
 * A table as one regular expression: the alternatives in table order, each in its own group, so
 * one match tells which entry it was. The engine tries alternatives in order, so the group that
 * matches is the first entry whose pattern matches, as testing the entries one by one would find;
 * a book's fifteen thousand distinct Russian words were otherwise tested against seventy patterns each.
 */
function compileTable(table: WordTable): { pattern: RegExp; values: number[] } {
  const alternatives = table.map(([pattern]) => {
    // Every entry is anchored /^…$/ and has no groups of its own: its group is its position.
    if (!pattern.source.startsWith('^') || !pattern.source.endsWith('$') || /\((?!\?:)/.test(pattern.source)) throw new Error(`number word pattern ${pattern} cannot be combined`);
    return `(${pattern.source.slice(1, -1)})`;
  });
  return { pattern: new RegExp(`^(?:${alternatives.join('|')})$`), values: table.map(([, value]) => value) };
}

const TABLES: Record<Lang, { pattern: RegExp; values: number[] }> = { ru: compileTable(RUSSIAN_WORDS), en: compileTable(ENGLISH_WORDS) };

const cache: Record<Lang, Map<string, number | undefined>> = { ru: new Map(), en: new Map() };

/** The value of one number word, or undefined. Results are cached: texts repeat their words. */
export function numberWordValue(word: string, lang: Lang): number | undefined {
  const lower = word.toLowerCase();
  if (cache[lang].has(lower)) return cache[lang].get(lower);
  const { pattern, values } = TABLES[lang];
  const match = pattern.exec(lower);
  const entry = match ? match.findIndex((group, index) => index > 0 && group !== undefined) : -1;
  const value = entry > 0 ? values[entry - 1] : undefined;
  cache[lang].set(lower, value);
  return value;
}

/**
 * The value of a run of number words ("сто двадцать четыре", "one hundred twenty four"):
 * hundreds and thousands multiply what precedes them, everything else adds.
 */
export function combineNumberWords(values: number[]): number {
  let total = 0;
  let current = 0;
  for (const value of values) {
    if (value === 1000) { total += (current || 1) * 1000; current = 0; }
    else if (value === 100) current = (current || 1) * 100;
    else current += value;
  }
  return total + current;
}
