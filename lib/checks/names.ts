/**
 * Proper names that the translation spells as a different name. A Russian name is read under
 * the standard transliterations and, for Chinese names, as pinyin (Palladius); an English name
 * that is close to one of those readings but not the same (Сюйчжоу, read Xuzhou, against
 * "Suzhou") is a finding. Names in editorial brackets ("Filippov [Stalin]") are aliases, not
 * translations, and are left alone.
 */
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
 * Letter groups of Palladius transcription that Russian words rarely have. Short Russian words
 * can split into Chinese syllables by chance (Его, Ему); a name is read as Chinese only with one
 * of these: Цзэдун, Сюйчжоу, Эньлай, Шанхай, Мао.
 */
const CHINESE_LOOKING = /цз|чж|сю|ся|сяо|юй|юэ|ань|энь|инь|унь|ао|оу|эй|ай$/u;
const MAX_TRANSLITERATION_EDITS = 1;
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
  readonly russian = new Set<string>();
  readonly english = new Set<string>();

  /** The lexicon of a document, one pass over its beads. Words the document also writes in lower case are common nouns (lord, лорд), not names. */
  static of(input: CheckInput, mask: NoteMask): NameLexicon {
    const lexicon = new NameLexicon();
    const lowercase = (texts: string[]) => new Set(texts.flatMap((text) => text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []));
    const common = { ru: lowercase(input.ru), en: lowercase(input.en) };
    for (const bead of input.beads) {
      if (bead.ru.length === 0 || bead.en.length === 0) continue;
      const byKey = new Map<string, string[]>();
      for (const word of wordsOf('en', bead.en, input.en, mask)) {
        for (const key of englishNameKeys(word.text)) byKey.set(key, [...(byKey.get(key) ?? []), word.text]);
      }
      for (const word of wordsOf('ru', bead.ru, input.ru, mask)) {
        const partners = russianNameKeys(word.text).flatMap((key) => byKey.get(key) ?? []).filter((partner) => !common.en.has(partner.toLowerCase()));
        if (partners.length === 0 || common.ru.has(word.text.toLowerCase())) continue;
        lexicon.russian.add(word.text.toLowerCase());
        for (const partner of partners) lexicon.english.add(partner.toLowerCase());
      }
    }
    return lexicon;
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
  const judged = new Map<string, NearMiss | undefined>();
  for (const word of wordsOf('ru', bead.ru, input.ru, mask)) {
    if (!judged.has(word.text)) judged.set(word.text, closestMismatch(word.text, englishKeys, foldedEnglish, foldedPlain));
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
  const substituted = substitutedName(bead, input, mask, lexicon, englishKeys, english, misspelt);
  return substituted ? [...findings, substituted] : findings;
}

/**
 * A name of the document on the Russian side with no counterpart in the bead, while the English
 * has another name of the document that the Russian does not: the translation names somebody
 * else (Agrippa as "Festus"). Reported once per bead, for the first such pair.
 */
function substitutedName(bead: Bead, input: CheckInput, mask: NoteMask, lexicon: NameLexicon, englishKeys: Set<string>, english: Located[], misspelt: Set<string>): Finding | undefined {
  const russian = wordsOf('ru', bead.ru, input.ru, mask);
  const russianKeys = new Set(russian.flatMap((word) => russianNameKeys(word.text)));
  const missing = russian.find((word) => lexicon.russian.has(word.text.toLowerCase()) && !misspelt.has(`${word.paragraph}:${word.start}`)
    && !russianNameKeys(word.text).some((key) => englishKeys.has(key)));
  if (!missing) return undefined;
  const instead = english.find((word) => lexicon.english.has(word.text.toLowerCase()) && !englishNameKeys(word.text).some((key) => russianKeys.has(key)));
  if (!instead) return undefined;
  return {
    kind: 'name-mismatch',
    severity: 'medium',
    ru: bead.ru,
    en: bead.en,
    ruSpans: [{ paragraph: missing.paragraph, start: missing.start, end: missing.end }],
    enSpans: [{ paragraph: instead.paragraph, start: instead.start, end: instead.end }],
    message: `“${missing.text}” (${capitalised(readingOf(missing.text))}) is not in the English, which names “${instead.text}” instead`,
    evidence: `ru ${missing.text} · en ${instead.text}: another name of this document`,
  };
}

/** The English word a Russian name nearly but not quite matches, if any (none when it matches one exactly). */
function closestMismatch(
  text: string, englishKeys: Set<string>, foldedEnglish: Map<string, Located>, foldedPlain: Set<string>,
): NearMiss | undefined {
  const chinese = CHINESE_LOOKING.test(text.toLowerCase());
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
      if (distance > 0 && distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, reading: written, distance, pinyin: pinyin.length > 0 };
    }
  }
  return best;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Pinyin readings of a Chinese name in any of its case forms ("Цзэдуна" → zedong). */
function pinyinReadings(word: string): string[] {
  return [...new Set(nameStems(word).flatMap((stem) => palladiusToPinyin(stem)))];
}

function readingOf(word: string): string {
  const pinyin = pinyinReadings(word)[0];
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
