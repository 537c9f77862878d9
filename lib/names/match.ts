/**
 * Proper names matched across scripts. A Russian word is spelt in Latin letters under several
 * standard transliterations (Wikipedia, BGN/PCGN, ALA-LC, via `iuliia`), read as pinyin when it
 * is a Chinese name in Palladius transcription, and looked up among conventional English forms.
 * Every spelling, and every English word, is folded to a matching key that ignores the usual
 * differences between systems (kh/h, ts/c, y/i/j, iotated vowels, doubled letters) and, for
 * long names, Russian case endings.
 */
import { ALA_LC, BGN_PCGN, translate, WIKIPEDIA } from 'iuliia';
import { EXONYMS } from './exonyms';
import { palladiusToPinyin } from './palladius';

const SCHEMES = [WIKIPEDIA, BGN_PCGN, ALA_LC];
/**
 * Keys compare the first five folded letters: long enough that unrelated names rarely collide,
 * short enough that Russian case endings (Рощина, Лобову) fall outside it.
 */
const KEY_LENGTH = 5;
/** Shorter folded names carry too little to match on (and are mostly particles). */
const MIN_KEY_LENGTH = 3;
/** Case endings tried off short Russian names, so "Гана" is read as Ган (Gang). */
const CASE_ENDINGS = ['ами', 'ями', 'ого', 'ему', 'ому', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ую', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и'];

const FOLDS: Array<[RegExp, string]> = [
  // Greek chi before r or l is the Russian х (Christ, Христос; Chloe, Хлоя), never a Chinese ch.
  [/shch|sch/g, 'sc'], [/tch/g, 'c'], [/kh/g, 'h'], [/zh/g, 'z'], [/t[sz]/g, 'c'], [/ch(?=[rl])/g, 'h'], [/ch/g, 'c'], [/sh/g, 's'],
  [/ph/g, 'f'], [/th/g, 't'], [/ck/g, 'k'], [/c(?=[aou])/g, 'k'], [/[jy]/g, 'i'], [/w/g, 'v'], [/q/g, 'k'],
  // "ия" is spelt -iya in transliteration and -ia in English (Beriya, Beria).
  [/ii(?=[aeou])/g, 'i'], [/(.)\1+/g, '$1'],
];

/** A Latin spelling folded for matching: lowercase ASCII letters with system differences removed. */
export function foldLatin(spelling: string): string {
  let folded = spelling.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

function keyOf(folded: string): string | undefined {
  if (folded.length < MIN_KEY_LENGTH) return undefined;
  return folded.slice(0, KEY_LENGTH);
}

/** Matching keys of an English (Latin-script) word; empty when it is too short. */
export function englishNameKeys(word: string): string[] {
  const key = keyOf(foldLatin(word.replace(/['’]s$/, '')));
  return key ? [key] : [];
}

/** Latin letters that look like Cyrillic ones, as OCR and careless typing mix them in ("тов.Cталину"). */
const HOMOGLYPHS: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у',
};

/** A mostly Cyrillic word with its Latin look-alike letters made Cyrillic. */
export function foldHomoglyphs(word: string): string {
  if (!/\p{Script=Cyrillic}/u.test(word) || !/[A-Za-z]/.test(word)) return word;
  return word.replace(/[A-Za-z]/g, (letter) => HOMOGLYPHS[letter] ?? letter);
}

/**
 * Forms a Russian name may stand for: as written, without a case ending ("Цзэдуна" → Цзэдун),
 * with the й or ь that the ending replaced ("Эньлая" → Эньлай, "Аньшаня" → Аньшань), and
 * without a stray final soft sign.
 */
export function nameStems(word: string): string[] {
  const lower = foldHomoglyphs(word).toLowerCase();
  const stripped = CASE_ENDINGS.filter((ending) => lower.endsWith(ending) && lower.length - ending.length >= 2)
    .map((ending) => lower.slice(0, -ending.length));
  // Names in -ай, -ей lose the й in other cases: Эньлая → Эньлай.
  const stems = [lower, ...stripped, ...stripped.filter((stem) => /[аеоуэ]$/.test(stem)).map((stem) => `${stem}й`),
    // Soft-stem names lose the ь: Аньшань → Аньшаня, Гуандунь → Гуандуню.
    ...stripped.filter((stem) => /[бвгджзклмнпрстфхцчшщ]$/.test(stem) && /[яюеи]$/.test(lower)).map((stem) => `${stem}ь`)];
  // A final soft sign where Palladius has none ("Андунь" for Андун, Andong) is a common slip.
  stems.push(...stems.filter((stem) => stem.endsWith('нь')).map((stem) => stem.slice(0, -1)));
  return [...new Set(stems)];
}

/** Latin spellings of a Russian word: transliterations, pinyin readings, conventional English names. */
export function latinSpellings(word: string): string[] {
  const lower = foldHomoglyphs(word).toLowerCase();
  const spellings = new Set<string>();
  for (const stem of nameStems(word)) {
    for (const scheme of SCHEMES) spellings.add(translate(stem, scheme));
    for (const pinyin of palladiusToPinyin(stem)) spellings.add(pinyin);
  }
  for (const [russian, english] of EXONYMS) {
    if (lower.startsWith(russian) && lower.length - russian.length <= 3) english.forEach((name) => spellings.add(name));
  }
  return [...spellings];
}

/** Matching keys of a Russian word, one per distinct spelling; empty when it is too short. */
export function russianNameKeys(word: string): string[] {
  const keys = new Set<string>();
  for (const spelling of latinSpellings(word)) {
    const key = keyOf(foldLatin(spelling));
    if (key) keys.add(key);
  }
  return [...keys];
}
