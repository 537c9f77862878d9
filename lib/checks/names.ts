/**
 * Proper names that the translation spells as a different name. A Russian name is read under
 * the standard transliterations and, for Chinese names, as pinyin (Palladius); an English name
 * that is close to one of those readings but not the same (Сюйчжоу, read Xuzhou, against
 * "Suzhou") is a finding. Names in editorial brackets ("Filippov [Stalin]") are aliases, not
 * translations, and are left alone.
 */
import { wordStem, type WordLexicon } from '../align';
import { englishNameKeys, foldLatin, latinSpellings, nameStems, palladiusToPinyin, russianNameKeys } from '../names';
import { editDistance } from '../text';
import type { Bead, Finding, Lang } from '../types';
import type { CheckInput, Located, NoteMask } from './context';

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*\p{L}/gu;
/** Readings shorter than this are too short to tell a misspelling from a different name. */
const MIN_NAME_LETTERS = 4;
/**
 * The most letters that may differ for two spellings to be "the same name, spelt wrong". Pinyin
 * readings are exact, so two edits (Xuzhou/Suzhou) are a real difference; transliterations vary
 * by system and declension, so only one edit on longer names counts, or ordinary capitalised
 * words (Советскому / Soviet) would be flagged.
 */
const MAX_NAME_EDITS = 2;
/**
 * Letter groups of Palladius transcription that Russian words almost never have: a capitalised
 * word with one (Цзэдун, Сюйчжоу, Эньлай, Чжоу) is read as a Chinese name.
 */
const CHINESE_MARKED = /цз|чж|сю|юй|юэ|энь/u;
/**
 * Groups Palladius shares with Russian words (Шанхай, Мао, but also Вася, Аминь): a word with
 * only these is read as Chinese in a document that has marked Chinese names too, not elsewhere.
 */
const CHINESE_POSSIBLE = /ся|ань|инь|унь|ао|оу|эй|ай$/u;
const MAX_TRANSLITERATION_EDITS = 1;
/**
 * One-letter differences that are conventions of putting English names into Russian, not
 * another name: vowels (Европа/Europe, Карбери/Carbury, Майерс/Myers, Моудиш/Modish), Г for H
 * (Гановер/Hanover), Х for Greek ch (Ахиллес/Achilles), У for W (Уильям/William) and Ф for V.
 * A Russian word read back into Latin letters differs from the English original in just these.
 */
const TRANSCRIPTION_VOWELS = /^[aeiouy]$/;
const TRANSCRIPTION_CONSONANT_PAIRS = new Set(['gh', 'ch', 'uv', 'fv', 'ck']);
/** Letters two forms of a Russian name share whatever their endings (Моисей, Моисеевом): the stem less its last letter. */
const NAME_ROOT_LETTERS = 5;
/**
 * Endings of Russian adjectives that no case form of a noun has. An adjective made from a name
 * (Иудейского, Небесный, Иоанновых) is often rendered without the name ("of Judea", "heavenly",
 * "of John"), so its absence from the English is no substitution.
 */
const ADJECTIVE_ENDING = /(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|ыми|ими|ых|их|ую|юю)$/u;
const MIN_TRANSLITERATION_LETTERS = 6;

/** An English word that a Russian name's reading nearly matches; `pinyin` when the reading was a Chinese name's. */
interface NearMiss {
  word: Located;
  /** The reading the English word was compared with, as written ("Xuzhou"). */
  reading: string;
  distance: number;
  pinyin: boolean;
}

/**
 * The names a document pairs across its beads: the Russian words and the English words that
 * transliterate each other somewhere in it. A word on the list is a name of this document,
 * whatever its capital letter says (Prokip, not "Amen"), which is what lets a bead in which a
 * known name has no counterpart, while the other side names somebody else, be recognised as a
 * substituted name.
 */
export class NameLexicon {
  /** Roots (`nameRoot`) of the Russian names: every form of a name is the name (Иерусалим, Иерусалимлян; Симон, Симонова). */
  readonly russian = new Set<string>();
  /** Stems of the English names that some Russian name of the document is spelt as (Jesus, Jesus’s). */
  readonly english = new Set<string>();
  /**
   * Names that pair by use rather than by spelling (Иерусалим/Jerusalem, Моисей/Moses), as the
   * document's word pairs link them, both written as names: Russian root → English stems, so
   * that every form of the name finds them (Оутис, Оутиса).
   */
  private readonly englishOfRoot = new Map<string, Set<string>>();
  /** The same pairs from the English side: English stem → its Russian stems. */
  private readonly russianOf = new Map<string, Set<string>>();
  /**
   * Matching key of every capitalised Russian word of the document, paired in a bead or not → the
   * roots (`nameRoot`) of the words spelt with it: an English word spelt with one of these keys is
   * a name of the document even where its own passage lost it, and Messiah's key finds мессия's
   * root, which мессию shares.
   */
  private readonly rootsOfKey = new Map<string, Set<string>>();
  /** English words the document also writes in lower case: common words, never names (now). */
  private commonEnglish = new Set<string>();
  /** Russian words the document also writes in lower case: common words, never names (аминь). */
  private commonRussian = new Set<string>();
  /** Whether the document has words only a Chinese name has (see CHINESE_MARKED). */
  private chineseNames = false;

  /**
   * The lexicon of a document, one pass over its beads. Words the document also writes in lower
   * case are common nouns (lord, лорд), not names. `words`, the document's learnt word pairs,
   * adds the names whose spellings do not transliterate each other.
   */
  static of(input: CheckInput, mask: NoteMask, words: WordLexicon = new Map()): NameLexicon {
    const lexicon = new NameLexicon();
    const lowercase = (texts: string[]) => new Set(texts.flatMap((text) => text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []));
    const common = { ru: lowercase(input.ru), en: lowercase(input.en) };
    lexicon.commonRussian = common.ru;
    lexicon.commonEnglish = common.en;
    lexicon.chineseNames = input.ru.some((text, paragraph) => wordsOf('ru', [paragraph], input.ru, mask)
      .some((word) => CHINESE_MARKED.test(word.text.toLowerCase()) && !common.ru.has(word.text.toLowerCase())));
    const learntPairs: Array<[string, string]> = [];
    for (const bead of input.beads) {
      if (bead.ru.length === 0 || bead.en.length === 0) continue;
      // Distinct words only: a passage that repeats a name a thousand times is judged once per spelling.
      const englishWords = new Set(wordsOf('en', bead.en, input.en, mask).map((word) => word.text).filter((word) => !common.en.has(word.toLowerCase())));
      const byKey = new Map<string, string[]>();
      for (const word of englishWords) {
        for (const key of englishNameKeys(word)) {
          if (!byKey.has(key)) byKey.set(key, []);
          byKey.get(key)!.push(word);
        }
      }
      const englishStems = new Set([...englishWords].map(wordStem));
      const russianWords = new Set(wordsOf('ru', bead.ru, input.ru, mask).map((word) => word.text).filter((word) => !common.ru.has(word.toLowerCase())));
      for (const word of russianWords) {
        for (const key of russianNameKeys(word)) {
          if (!lexicon.rootsOfKey.has(key)) lexicon.rootsOfKey.set(key, new Set());
          lexicon.rootsOfKey.get(key)!.add(nameRoot(word));
        }
        const learnt = words.get(wordStem(word))?.en;
        if (learnt !== undefined && englishStems.has(learnt)) learntPairs.push([wordStem(word), learnt]);
        const partners = russianNameKeys(word).flatMap((key) => byKey.get(key) ?? []);
        if (partners.length === 0) continue;
        lexicon.russian.add(nameRoot(word));
        for (const partner of partners) lexicon.english.add(wordStem(partner));
      }
    }
    // A pair learnt by use names names whose spellings pair with nothing: where spelling pairs a
    // name (Агриппа, Agrippa), its co-occurrence with another name is chance, not translation.
    // Learnt pairs make names of the Russian words only: an English word taken for another name on
    // the strength of co-occurrence alone (God, Passover) is too often the translator's explicitness.
    const spelledRussian = new Set(lexicon.russian);
    for (const [russian, english] of learntPairs) {
      if (!spelledRussian.has(russian.slice(0, NAME_ROOT_LETTERS)) && !lexicon.english.has(english)) lexicon.pairByUse(russian, english);
    }
    return lexicon;
  }

  /**
   * True when the document's use pairs this English stem with a word of the bead in any of its
   * forms: the pair's root is among the first letters of the bead's Russian words (Моисей,
   * Моисеевом). `russianPrefixes` holds every prefix up to NAME_ROOT_LETTERS of each, so that the
   * test is one lookup per pair, whatever the length of the passage.
   */
  pairedBack(englishStem: string, russianPrefixes: Set<string>): boolean {
    return [...this.russianOf.get(englishStem) ?? []].some((russian) => russianPrefixes.has(russian.slice(0, NAME_ROOT_LETTERS)));
  }

  private pairByUse(russianStem: string, englishStem: string): void {
    const root = russianStem.slice(0, NAME_ROOT_LETTERS);
    this.russian.add(root);
    if (!this.englishOfRoot.has(root)) this.englishOfRoot.set(root, new Set());
    this.englishOfRoot.get(root)!.add(englishStem);
    if (!this.russianOf.has(englishStem)) this.russianOf.set(englishStem, new Set());
    this.russianOf.get(englishStem)!.add(russianStem);
  }

  /** Whether an English word is a name of the document: paired with a Russian name, or spelt as one the Russian has somewhere. */
  isEnglishName(word: string): boolean {
    if (this.english.has(wordStem(word))) return true;
    return !this.commonEnglish.has(word.toLowerCase()) && englishNameKeys(word).some((key) => this.rootsOfKey.has(key));
  }

  /**
   * The roots of the Russian names of the document that an English word is spelt as: Messiah as
   * Мессия, so every form of it (Мессию); Israelites as Израиль, so also Израильтяне.
   */
  rootsSpelledAs(englishWord: string): string[] {
    return englishNameKeys(englishWord).flatMap((key) => [...(this.rootsOfKey.get(key) ?? [])]);
  }

  /** Whether a Russian word is read as a Chinese name in Palladius transcription. */
  readsChinese(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.commonRussian.has(lower)) return false;
    return CHINESE_MARKED.test(lower) || (this.chineseNames && CHINESE_POSSIBLE.test(lower));
  }

  /** True when the document's use pairs this Russian word, in any of its forms, with one of these English stems. */
  pairedIn(russianWord: string, englishStems: Set<string>): boolean {
    return [...this.englishOfRoot.get(nameRoot(russianWord)) ?? []].some((partner) => englishStems.has(partner));
  }
}

/** Name findings of one bead: names spelt as another name, and names of the document swapped for another. */
export function checkNames(bead: Bead, input: CheckInput, mask: NoteMask, lexicon: NameLexicon = new NameLexicon()): Finding[] {
  if (bead.ru.length === 0 || bead.en.length === 0) return [];
  const english = wordsOf('en', bead.en, input.en, mask);
  const englishKeys = new Set(english.flatMap((word) => englishNameKeys(word.text)));
  const findings: Finding[] = [];
  // Each distinct English spelling is folded once, and each distinct Russian word judged once:
  // a long paragraph repeats its names, and comparing every pair again would be quadratic.
  const foldedEnglish = new Map<string, Located>();
  const foldedPlain = new Set<string>();
  for (const candidate of english) {
    const folded = foldLatin(candidate.text.replace(/['’]s$/, ''));
    if (!foldedEnglish.has(folded)) foldedEnglish.set(folded, candidate);
    foldedPlain.add(foldLatin(candidate.text));
  }
  const englishStems = new Set(english.map((word) => wordStem(word.text)));
  const judged = new Map<string, NearMiss | undefined>();
  for (const word of wordsOf('ru', bead.ru, input.ru, mask)) {
    // A name the document's own use pairs with an English word of the bead is translated, however it is spelt (Европе, Europe).
    if (!judged.has(word.text)) judged.set(word.text, lexicon.pairedIn(word.text, englishStems) ? undefined : closestMismatch(word.text, lexicon.readsChinese(word.text), englishKeys, foldedEnglish, foldedPlain));
    const best = judged.get(word.text);
    if (!best) continue;
    findings.push({
      kind: 'name-mismatch',
      // A pinyin reading is exact; a transliteration may differ by tradition (Зеведей, Zebedee).
      severity: best.pinyin ? 'high' : 'medium',
      ru: bead.ru,
      en: bead.en,
      ruSpans: [{ paragraph: word.paragraph, start: word.start, end: word.end }],
      enSpans: [{ paragraph: best.word.paragraph, start: best.word.start, end: best.word.end }],
      // The message and the evidence give the same reading: the one the English was compared with.
      message: `“${word.text}” reads ${capitalised(best.reading)}, but the English has “${best.word.text}”`,
      evidence: `${best.pinyin ? 'in pinyin' : 'transliterated'}, “${word.text}” is ${capitalised(best.reading)}; the English “${best.word.text}” is ${best.distance} letter${best.distance === 1 ? '' : 's'} away from it`,
    });
  }
  const misspelt = new Set(findings.flatMap((finding) => finding.ruSpans.map((span) => `${span.paragraph}:${span.start}`)));
  const substituted = substitutedName(bead, input, mask, lexicon, { keys: englishKeys, stems: englishStems, words: english }, misspelt);
  return substituted ? [...findings, substituted] : findings;
}

/**
 * A name of the document on the Russian side with no counterpart in the bead, while the English
 * has another name of the document that the Russian does not: the translation names somebody
 * else (Agrippa as "Festus"). Reported once per bead, for the first such pair.
 */
function substitutedName(
  bead: Bead, input: CheckInput, mask: NoteMask, lexicon: NameLexicon, english: { keys: Set<string>; stems: Set<string>; words: Located[] }, misspelt: Set<string>,
): Finding | undefined {
  const russian = wordsOf('ru', bead.ru, input.ru, mask);
  const russianKeys = new Set(russian.flatMap((word) => russianNameKeys(word.text)));
  // Sets built once per bead, so that each word is judged by lookups: a long passage full of names stays linear.
  const russianRoots = new Set(russian.map((word) => nameRoot(word.text)));
  const russianPrefixes = new Set(russian.flatMap((word) => Array.from({ length: NAME_ROOT_LETTERS }, (_, length) => wordStem(word.text).slice(0, length + 1))));
  const rootsTheEnglishSpells = new Set(english.words.flatMap((word) => lexicon.rootsSpelledAs(word.text)));
  const missing = russian.find((word) => lexicon.russian.has(nameRoot(word.text)) && !ADJECTIVE_ENDING.test(word.text) && !misspelt.has(`${word.paragraph}:${word.start}`)
    && !russianNameKeys(word.text).some((key) => english.keys.has(key)) && !lexicon.pairedIn(word.text, english.stems)
    && !rootsTheEnglishSpells.has(nameRoot(word.text)));
  if (!missing) return undefined;
  const instead = english.words.find((word) => lexicon.isEnglishName(word.text) && !englishNameKeys(word.text).some((key) => russianKeys.has(key))
    && !lexicon.pairedBack(wordStem(word.text), russianPrefixes) && !lexicon.rootsSpelledAs(word.text).some((root) => russianRoots.has(root)));
  if (!instead) return undefined;
  return {
    kind: 'name-mismatch',
    severity: 'medium',
    ru: bead.ru,
    en: bead.en,
    ruSpans: [{ paragraph: missing.paragraph, start: missing.start, end: missing.end }],
    enSpans: [{ paragraph: instead.paragraph, start: instead.start, end: instead.end }],
    message: `“${missing.text}” (${capitalised(readingOf(missing.text, lexicon.readsChinese(missing.text)))}) is not in the English, which names “${instead.text}” instead`,
    evidence: `ru ${missing.text} · en ${instead.text}: another name of this document`,
  };
}

/** The English word a Russian name nearly but not quite matches, if any (none when it matches one exactly). */
function closestMismatch(
  text: string, chinese: boolean, englishKeys: Set<string>, foldedEnglish: Map<string, Located>, foldedPlain: Set<string>,
): NearMiss | undefined {
  if (!chinese && russianNameKeys(text).some((key) => englishKeys.has(key))) return undefined;
  // Each reading folded for comparison, and as written for the reader ("xuzou", "Xuzhou").
  const pinyin = chinese ? pinyinReadings(text).map((reading) => [foldLatin(reading), reading] as const) : [];
  if (pinyin.some(([folded]) => foldedPlain.has(folded))) return undefined;
  const readings = (pinyin.length > 0 ? pinyin : latinSpellings(text).map((reading) => [foldLatin(reading), reading] as const)
    .filter(([folded]) => folded.length >= MIN_TRANSLITERATION_LETTERS))
    .filter(([folded]) => folded.length >= MIN_NAME_LETTERS);
  const allowed = pinyin.length > 0 ? MAX_NAME_EDITS : MAX_TRANSLITERATION_EDITS;
  let best: NearMiss | undefined;
  for (const [folded, candidate] of foldedEnglish) {
    for (const [reading, written] of readings) {
      const distance = editDistance(reading, folded, MAX_NAME_EDITS);
      // Pinyin is exact; a transliteration one letter off by a convention of transcription is the same name.
      if (pinyin.length === 0 && distance === 1 && isTranscriptionVariant(reading, folded)) continue;
      if (distance > 0 && distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, reading: written, distance, pinyin: pinyin.length > 0 };
    }
  }
  return best;
}

/** True when two spellings one edit apart differ by a convention of transcription (see TRANSCRIPTION_VOWELS). */
function isTranscriptionVariant(a: string, b: string): boolean {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  const letters = a.length === b.length ? [a[index], b[index]] : [(a.length > b.length ? a : b)[index]];
  if (letters.every((letter) => TRANSCRIPTION_VOWELS.test(letter))) return true;
  return letters.length === 2 && TRANSCRIPTION_CONSONANT_PAIRS.has([...letters].sort().join(''));
}

/** The first letters of a Russian name that all its forms share (see NAME_ROOT_LETTERS). */
const nameRoot = (word: string) => wordStem(word).slice(0, NAME_ROOT_LETTERS);

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Pinyin readings of a Chinese name in any of its case forms ("Цзэдуна" → zedong). */
function pinyinReadings(word: string): string[] {
  return [...new Set(nameStems(word).flatMap((stem) => palladiusToPinyin(stem)))];
}

function readingOf(word: string, chinese: boolean): string {
  const pinyin = chinese ? pinyinReadings(word)[0] : undefined;
  if (pinyin) return pinyin.charAt(0).toUpperCase() + pinyin.slice(1);
  const spellings = latinSpellings(word);
  return spellings.find((spelling) => /^[a-z]+$/.test(spelling)) ?? spellings[0] ?? word;
}

/** Capitalised words outside notes; hyphenated compounds give each part ("Шанхай-Нанкин-Сюйчжоу"). */
function wordsOf(lang: Lang, paragraphs: number[], texts: string[], mask: NoteMask): Located[] {
  return paragraphs.flatMap((paragraph) => [...mask.blank(lang, paragraph, texts[paragraph]).matchAll(CAPITALISED_WORD)]
    .flatMap((match) => {
      let offset = match.index;
      return match[0].split('-').map((part) => {
        const located = { paragraph, start: offset, end: offset + part.length, text: part };
        offset += part.length + 1;
        return located;
      }).filter((part) => /^\p{Lu}/u.test(part.text) && part.text.length > 1);
    }));
}

/**
 * A name the translation spells one way throughout (Оутис as "Otis" in every passage) is the
 * translation's convention, learnt from the document, not a new error in each passage: of the
 * near-miss findings that point at the same English spelling in several passages, the first is
 * kept, as information (low), and says so; the others go. A spelling met once stays as it was.
 */
export function consolidateNameVariants(findings: Finding[], en: string[]): Finding[] {
  const spellingOf = (finding: Finding) => {
    const span = finding.enSpans[0];
    return span && finding.kind === 'name-mismatch' && finding.message.includes(' reads ')
      ? foldLatin(en[span.paragraph].slice(span.start, span.end).replace(/['’]s$/, '')) : undefined;
  };
  const passages = new Map<string, Set<string>>();
  for (const finding of findings) {
    const spelling = spellingOf(finding);
    if (spelling) passages.set(spelling, (passages.get(spelling) ?? new Set()).add(`${finding.ru}|${finding.en}`));
  }
  const reported = new Set<string>();
  return findings.flatMap((finding) => {
    const spelling = spellingOf(finding);
    const count = spelling ? passages.get(spelling)!.size : 0;
    if (!spelling || count < 2) return [finding];
    if (reported.has(spelling)) return [];
    reported.add(spelling);
    const span = finding.enSpans[0];
    const written = en[span.paragraph].slice(span.start, span.end);
    return [{ ...finding, severity: 'low' as const, message: `${finding.message}, as in ${count} passages: the translation's own spelling of the name`, evidence: `${finding.evidence} · “${written}” in ${count} passages` }];
  });
}
