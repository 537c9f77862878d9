/**
 * Numbers, dates and times in Russian and English text, as comparable tokens with spans.
 *
 * The same quantity is written many ways across a translation: "22.7" and "22 July", "13.XI.51"
 * and "November 13", "14 часов 30 минут" and "1430", "девять" and "nine". Each is reduced to a
 * canonical value: `n:124` for a number, `d:22.7` for a day and month, `m:12.1950` for a month
 * and year, `t:1430` for a time. Digits are always read as numbers too, so "22.7.1950" gives
 * n:22, n:7, n:1950 and d:22.7.
 */
import type { Lang } from '../types';
import { combineNumberWords, numberWordValue } from './words';

/** One number, date or time found in a text. */
export interface NumberToken {
  /** Canonical value: `n:124`, `d:22.7`, `m:12.1950`, `t:1430`. */
  value: string;
  start: number;
  end: number;
}

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_STEMS_RU = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function monthOf(word: string, lang: Lang): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lang === 'en') {
    // Full names and the usual abbreviations: "Jan.", "Sept.".
    const index = MONTHS_EN.findIndex((month) => month === lower || (lower.length >= 3 && lower.length <= 4 && month.startsWith(lower)));
    return index >= 0 ? index + 1 : undefined;
  }
  const index = MONTH_STEMS_RU.findIndex((stem) => lower.startsWith(stem) && lower.length - stem.length <= (stem === 'ма' ? 1 : 3));
  return index >= 0 ? index + 1 : undefined;
}

/** Day.month[.year] in digits or with a Roman month, as archives and telegrams write them: 22.7.1950, 22 .7.1950, 13.XI.51. */
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\s{0,3}\.\s?(\d{1,2}|[IVX]{1,4})(?:\[[^\]]{0,8}\])?(?:\s?\.\s?(\d{2}|\d{4}))?(?![\d])/g;
/** OCR and typists put a comma beside the full stop: "22,.7.1950". With a year it is still a date. */
const DAMAGED_DATE = /(?<![\d.])(\d{1,2}),\.?\s?(\d{1,2})\.(\d{4})(?!\d)/g;
/** "17 августа", "19-го сентября", "the 19th of September", "19th September". */
const DAY_MONTH = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|-?го|-?е)?\s+(?:of\s+)?([\p{L}]+\.?)/gu;
/** "August 17", "September 19th". */
const MONTH_DAY = /([\p{L}]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])/gu;
const MONTH_YEAR = /([\p{L}]+)\s+(\d{4})(?!\d)/gu;
const RUSSIAN_TIME = /(?<!\d)(\d{1,2})\s*час(?:а|ов)?\.?\s*(\d{1,2})\s*мин(?:ут[аы]?)?\.?/gu;
const CLOCK_TIME = /(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*(?:hours|hrs|ч\.?))/g;
const MILITARY_TIME = /\b(?:at|by|until|from)\s+([01]\d|2[0-3])([0-5]\d)\b/gi;
/**
 * A number in digits, with its thousands grouped as the languages write them: "3,500" in English,
 * "3 500" (a space, a no-break or a thin space) in Russian. A group is exactly three digits, and
 * the first one to three, so a year followed by a count ("1950 123") is not read as one number.
 */
const DIGITS: Record<Lang, RegExp> = {
  en: /(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,]*\d)|\d+/g,
  ru: /(?<!\d)\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)|\d+/g,
};
/**
 * The words a number word run can hold: those that begin as a number word of the language does
 * (every Russian and English number word begins with one of these stems), and English "and",
 * with their hyphenated parts. Any other word only ends a run, which the gap it leaves before the
 * next run does too, so the scan reads these words alone instead of every word of the text. A
 * word (letters, perhaps joined by hyphens) starts at a letter not preceded by a letter or by a
 * letter and a hyphen.
 */
const NUMBER_WORD_LIKE: Record<Lang, RegExp> = {
  ru: /(?<!\p{L})(?<!\p{L}-)(?:од|дв|тр|чет|пят|шест|сем|сед|вос|дев|дес|сор|сто|ста|тыс|пер|вто)\p{L}*(?:-\p{L}+)*/giu,
  en: /(?<!\p{L})(?<!\p{L}-)(?:one|two|three|four|five|six|seven|eight|nin|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|first|second|third|fifth|twelfth|and)\p{L}*(?:-\p{L}+)*/giu,
};

/** Every number, date and time in `text`, in order of position. */
export function findNumberTokens(text: string, lang: Lang): NumberToken[] {
  const tokens: NumberToken[] = [];
  const add = (value: string, start: number, end: number) => tokens.push({ value, start, end });
  addNumberWords(text, lang, add);
  // Everything below needs a digit; most sentences of prose have none.
  if (!/\d/.test(text)) return tokens.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const match of text.matchAll(DIGITS[lang])) add(`n:${Number(match[0].replace(/[^\d]/g, ''))}`, match.index, match.index + match[0].length);
  for (const match of [...text.matchAll(NUMERIC_DATE), ...text.matchAll(DAMAGED_DATE)]) {
    const month = /^\d/.test(match[2]) ? Number(match[2]) : ROMAN_MONTHS.indexOf(match[2]) + 1;
    const day = Number(match[1]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) add(`d:${day}.${month}`, match.index, match.index + match[0].length);
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    const month = monthOf(match[2], lang);
    if (month && Number(match[1]) >= 1 && Number(match[1]) <= 31) add(`d:${Number(match[1])}.${month}`, match.index, match.index + match[0].length);
  }
  if (lang === 'en') {
    for (const match of text.matchAll(MONTH_DAY)) {
      const month = monthOf(match[1], lang);
      if (month && Number(match[2]) >= 1 && Number(match[2]) <= 31) add(`d:${Number(match[2])}.${month}`, match.index, match.index + match[0].length);
    }
  }
  for (const match of text.matchAll(MONTH_YEAR)) {
    const month = monthOf(match[1], lang);
    if (month) add(`m:${month}.${match[2]}`, match.index, match.index + match[0].length);
  }
  for (const pattern of [RUSSIAN_TIME, CLOCK_TIME, MILITARY_TIME]) {
    for (const match of text.matchAll(pattern)) add(`t:${Number(match[1])}${match[2].padStart(2, '0')}`, match.index, match.index + match[0].length);
  }
  return tokens.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Words that make a number into an adjective of measure: "nineteen-year-old", "a three-day march". */
const ENGLISH_MEASURES = /^(?:year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|mile|miles|man|men|pound|pounds|rouble|roubles|ruble|rubles|storey|story|old)$/;
/** Russian adjectives of measure built on a number's genitive: восьмидесятилетний, двухдневный, трёхэтажный. */
const RUSSIAN_MEASURE = /^(\p{L}+?)(?:летн|дневн|месячн|недельн|часов|минутн|этажн|тысячн)\p{L}*$/u;

/**
 * The number in a word of measure ("nineteen-year-old" → 19, "twenty-five-year-old" → 25,
 * "восьмидесятилетняя" → 80), or undefined when the word is not one.
 */
function measureCompound(parts: string[], values: Array<number | undefined>, lang: Lang): number | undefined {
  if (lang === 'en') {
    const numeric = values.findIndex((value) => value === undefined);
    if (numeric <= 0 || !parts.slice(numeric).every((part) => ENGLISH_MEASURES.test(part.toLowerCase()))) return undefined;
    return combineNumberWords(values.slice(0, numeric) as number[]);
  }
  if (parts.length !== 1 || values[0] !== undefined) return undefined;
  const prefix = RUSSIAN_MEASURE.exec(parts[0].toLowerCase())?.[1];
  return prefix === undefined ? undefined : numberWordValue(prefix, 'ru');
}

/** Letters looked at either side of a number word run for the idioms below. */
const IDIOM_CONTEXT = 24;
/** "в половине восьмого", "в четверть двенадцатого": the clock counts to the coming hour, English to the past one (half-past seven). */
const RUSSIAN_PART_OF_HOUR_BEFORE = /(?:половин[еау]|четверть)\s+$/iu;
/** "шёл шестнадцатый год": the year of life being lived, one more than the age (fifteen years old). */
const RUSSIAN_YEAR_OF_LIFE_BEFORE = /(?:шёл|шел|пошёл|пошел|идёт|идет)\s+$/iu;
const RUSSIAN_YEAR_OF_LIFE_AFTER = /^\s+(?:год|годок)(?![\p{L}])/iu;
/** "во сто крат": "a hundredfold", an intensifier, not a count. */
const RUSSIAN_HUNDREDFOLD = { before: /(?:^|\s)во\s+$/iu, after: /^\s+крат(?![\p{L}])/iu };
/** A genitive ordinal, as the hour of "в половине восьмого" is written. */
const RUSSIAN_GENITIVE_ORDINAL = /(?:ого|его)$/iu;
/** The word after a number word run: a month's name there makes the run a day (семнадцатого августа). */
const FOLLOWING_WORD = /^\s+([\p{L}]+)/u;

/**
 * A number word run read as the number its idiom means, or null when it is no number at all:
 * the Russian hour counted to the coming hour, the year of life, "во сто крат".
 */
function idiomaticValue(text: string, start: number, end: number, value: number, lang: Lang): number | null {
  if (lang !== 'ru') return value;
  const before = text.slice(Math.max(0, start - IDIOM_CONTEXT), start);
  const after = text.slice(end, end + IDIOM_CONTEXT);
  const written = text.slice(start, end);
  if (RUSSIAN_PART_OF_HOUR_BEFORE.test(before) && RUSSIAN_GENITIVE_ORDINAL.test(written) && value >= 1 && value <= 12) return value === 1 ? 12 : value - 1;
  if (RUSSIAN_YEAR_OF_LIFE_BEFORE.test(before) && RUSSIAN_YEAR_OF_LIFE_AFTER.test(after) && value > 1) return value - 1;
  if (value === 100 && RUSSIAN_HUNDREDFOLD.before.test(before) && RUSSIAN_HUNDREDFOLD.after.test(after)) return null;
  return value;
}

/** What one word (hyphenated parts included) says as a number: each part's value, and a measure's number. */
interface WordReading {
  values: Array<number | undefined>;
  measure: number | undefined;
}

/**
 * Distinct words remembered per language. A book repeats its words, and testing each against
 * the measure pattern and the number tables was a fifth of building the aligner's units; a
 * book's vocabulary is a few tens of thousands of words, so this bounds memory on any input.
 */
const MAX_REMEMBERED_WORDS = 100_000;
const readings: Record<Lang, Map<string, WordReading>> = { ru: new Map(), en: new Map() };

function readWord(word: string, lang: Lang): WordReading {
  const remembered = readings[lang].get(word);
  if (remembered) return remembered;
  const parts = word.split('-');
  const values = parts.map((part) => numberWordValue(part, lang));
  const reading = { values, measure: measureCompound(parts, values, lang) };
  if (readings[lang].size >= MAX_REMEMBERED_WORDS) readings[lang].clear();
  readings[lang].set(word, reading);
  return reading;
}

/** Runs of number words ("сто двадцать четыре", "twenty-four"), joined by spaces, hyphens or "and". */
function addNumberWords(text: string, lang: Lang, add: (value: string, start: number, end: number) => void): void {
  let run: { values: number[]; start: number; end: number } | undefined;
  const flush = () => {
    if (run) {
      const value = idiomaticValue(text, run.start, run.end, combineNumberWords(run.values), lang);
      if (value !== null) add(`n:${value}`, run.start, run.end);
      // A day in words before a month's name is a date (семнадцатого августа), as "17 августа" is.
      const month = FOLLOWING_WORD.exec(text.slice(run.end, run.end + IDIOM_CONTEXT));
      const monthNumber = month ? monthOf(month[1], lang) : undefined;
      if (lang === 'ru' && value !== null && monthNumber && value >= 1 && value <= 31) add(`d:${value}.${monthNumber}`, run.start, run.end + month![0].length);
    }
    run = undefined;
  };
  for (const match of text.matchAll(NUMBER_WORD_LIKE[lang])) {
    const { values, measure } = readWord(match[0], lang);
    if (measure !== undefined) {
      flush();
      add(`n:${measure}`, match.index, match.index + match[0].length);
      continue;
    }
    const gap = run ? text.slice(run.end, match.index) : '';
    const joins = run !== undefined && /^\s*$/.test(gap);
    // "семью" is seven only after tens (восемьюдесятью семью центами); alone it is mostly "family".
    if (lang === 'ru' && joins && match[0].toLowerCase() === 'семью' && run!.values.length > 0 && run!.values[run!.values.length - 1] % 10 === 0 && run!.values[run!.values.length - 1] >= 20) {
      run!.values.push(7);
      run!.end = match.index + match[0].length;
      continue;
    }
    if (values.every((value) => value !== undefined)) {
      if (!joins) flush();
      run ??= { values: [], start: match.index, end: match.index };
      run.values.push(...(values as number[]));
      run.end = match.index + match[0].length;
    } else if (lang === 'en' && match[0].toLowerCase() === 'and' && joins) {
      run!.end = match.index + match[0].length;
    } else {
      flush();
    }
  }
  flush();
}
