/**
 * Alignment units: the sentences of each paragraph with what the aligner compares, their
 * length and their anchors (numbers, dates, times, list markers and proper names).
 *
 * Length counts letters and digits only, outside square brackets: white space and punctuation
 * vary with typography, and bracketed insertions ("Filippov [Stalin]", "a jet [aircraft]
 * division") are the translator's additions, not translation.
 */
import { englishNameKeys, russianNameKeys } from '../names';
import { findNumberTokens } from '../numbers';
// The sentence splitter alone: the segment index also loads the Snowball stemmers, most of the CLI's load time.
import { splitSentences } from '../segment/sentences';
import type { Lang } from '../types';
import { foldCase } from '../text';

/**
 * Costs of an anchor left without a partner in a step that pairs text on both sides: a number
 * or date in the Russian should be in the English that translates it. Names cost less: English
 * capitalises more words than Russian, and translators add names in brackets. Small numbers
 * cost nothing: they are spelt out, or implied, too often.
 */
export const ANCHOR_MISS_COSTS = {
  dateOrTime: 1,
  largeNumber: 1,
  smallNumber: 0,
  name: 0.3,
  marker: 0.5,
} as const;

/** Anchor weights, in the cost units of the aligner (−ln probability). */
export const ANCHOR_WEIGHTS = {
  /** Dates and times rarely repeat nearby and are copied faithfully: strong evidence. */
  dateOrTime: 2.5,
  /** A number of two digits or more: "160 crews", "N 1503". */
  largeNumber: 2,
  /** Small numbers (0–9) recur everywhere and are often spelt out: weak evidence. */
  smallNumber: 0.5,
  /** A proper name that matches across scripts. */
  name: 1.5,
  /** A list or item marker at the start of a paragraph: "1.", "2)", "N 3". */
  marker: 1,
} as const;

/** One piece of evidence: the keys it can match under (a Russian name has several spellings). */
export interface Anchor {
  keys: number[];
  weight: number;
  /** Human-readable form for --explain, e.g. "n:65" or "name:Рощина". */
  label: string;
  /** Cost of the anchor finding no partner in a step that pairs text on both sides. */
  missCost: number;
}

/** One sentence as the aligner sees it. */
export interface AlignmentUnit {
  /** Index of the paragraph (within the aligned stretch) the sentence belongs to. */
  paragraph: number;
  length: number;
  anchors: Anchor[];
  /** Distinct word prefixes (WORD_PREFIX_LENGTH or LEXICON_WORD_LENGTH letters), as ids of the language's own table. */
  stems: number[];
  /** Pinned as untranslated (Russian) or added (English): may only be left unpaired. */
  unpaired?: boolean;
}

/** Interns anchor keys as small integers shared by both languages, so matching compares numbers. */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];

  /** The integer id of `key`, assigned on first use. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      this.names.push(key);
    }
    return id;
  }

  /** The key an id was assigned to. */
  key(id: number): string {
    return this.names[id];
  }
}

/** A bracketed span not glued to a preceding letter: an insertion such as "Filippov [Stalin]". */
const BRACKETED = /(?<![\p{L}\p{N}])\[[^[\]]*\]/gu;
/** Brackets glued to a word complete it (В[есьма] срочно): the letters count, the brackets do not. */
const GLUED_BRACKETS = /[[\]]/g;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*\p{L}/gu;
const LIST_MARKER = /^\s*\(?(?:(\d{1,3}|[a-zа-я])[.)]|(?:N|№|No\.)\s?(\d{1,3}))\s/u;
/** ALL-CAPS words of this length are names in telegrams ("FILIPPOV", "MAO ZEDONG") even at a sentence start. */
const MIN_UPPERCASE_NAME = 3;

/**
 * Text as the translation length sees it: bracketed insertions removed (nested ones too), and
 * brackets that complete a word dropped with their letters kept. A passage that is nothing but
 * brackets, such as an archival reference line, is kept whole: it is a line of the document,
 * not an insertion into one.
 */
export function withoutBrackets(text: string): string {
  // Most sentences have no brackets: nothing to remove.
  if (!text.includes('[') && !text.includes(']')) return text;
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(BRACKETED, ' ');
  } while (current !== previous);
  if (!/[\p{L}\p{N}]/u.test(current)) current = text;
  return current.replace(GLUED_BRACKETS, '');
}

/**
 * Letters a word is cut to before the aligner counts co-occurrences in the document it aligns.
 * Truncation is the classic cheap stemmer of statistical alignment: five letters keep
 * ученик/ученика/учениками, правительств-о/-у and disciple(s) together while separating most
 * unrelated words, at a fraction of the cost of Snowball. Russian inflects, so a word's forms are
 * spread over more prefixes the longer they are, and a short document then has too few of each to
 * learn the pair. On the development cases (npm run bench:align) four and five letters gave a mean
 * bead F1 of 0.9805 and 0.9804 against 0.9777 for six and 0.9770 for seven; no case was worse at
 * five than at six.
 */
export const WORD_PREFIX_LENGTH = 5;

/**
 * Letters of the words of a `WordLexicon`, the word pairs the checks learn from a document's
 * beads and hand to the sentence pairing inside each bead. There a pair must be one the checks
 * can trust to name the sentence a translation left out, and fewer forms of unrelated words
 * meet at six letters: at five, a five-paragraph excerpt of John paired говор with "he", and the
 * planted-sentence recall of npm run bench:checks fell from 110 to 108 of 119.
 */
export const LEXICON_WORD_LENGTH = 6;

/**
 * The UTF-16 units of the letter or digit at `index` of `text` (2 for one outside the Basic
 * Multilingual Plane), or 0 when the character there is neither. Latin and Russian letters and
 * ASCII digits, nearly every character of these texts, are told by their code; the rest by
 * Unicode's categories.
 */
function letterOrDigitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || (code >= 0x410 && code <= 0x44f)) return 1;
  if (code < 0x80) return 0;
  const point = text.codePointAt(index)!;
  if (!LETTER_OR_DIGIT.test(String.fromCodePoint(point))) return 0;
  return point > 0xffff ? 2 : 1;
}

/**
 * The UTF-16 length of the letters and digits of a text (what the length model counts).
 * Counting by a global match built an array of every space and comma of a book.
 */
export function lettersAndDigits(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const units = letterOrDigitAt(text, k);
    count += units;
    if (units === 2) k++;
  }
  return count;
}

/**
 * The words of a text (runs of letters and digits) cut to their first letters, lowercase, ё read
 * as е. Read by character codes: splitting on a Unicode pattern was a tenth of reading a book's units.
 */
function wordPrefixes(text: string, length: number): string[] {
  const folded = foldCase(text);
  const prefixes: string[] = [];
  let start = -1;
  for (let k = 0; k <= folded.length; k++) {
    const units = k < folded.length ? letterOrDigitAt(folded, k) : 0;
    if (units > 0) {
      if (start < 0) start = k;
      if (units === 2) k++;
    } else if (start >= 0) {
      prefixes.push(folded.slice(start, Math.min(k, start + length)));
      start = -1;
    }
  }
  return prefixes;
}

/** One word as the learnt lexicon (`WordLexicon`) knows it: its first letters, lowercase, up to an apostrophe or hyphen (Simon’s is simon). */
export function wordStem(word: string): string {
  return wordPrefixes(word, LEXICON_WORD_LENGTH)[0] ?? '';
}

const nameKeyCache = new Map<string, string[]>();

function nameKeys(word: string, lang: Lang): string[] {
  const cacheKey = `${lang}:${word}`;
  let keys = nameKeyCache.get(cacheKey);
  if (!keys) {
    keys = (lang === 'ru' ? russianNameKeys(word) : englishNameKeys(word)).map((key) => `name:${key}`);
    nameKeyCache.set(cacheKey, keys);
  }
  return keys;
}

/**
 * The units of a sequence of paragraphs. Every paragraph yields at least one unit, even an empty
 * one. `keys` is shared by both languages (anchors must meet); `stems` belongs to this language
 * and holds words cut to `prefixLength` letters.
 */
export function buildUnits(paragraphs: string[], lang: Lang, keys: KeyTable, stems: KeyTable, prefixLength: number): AlignmentUnit[] {
  const units: AlignmentUnit[] = [];
  // One anchor per name, shared by every sentence that holds it (anchors are never changed): a
  // book names the same people thousands of times.
  const nameAnchors = new Map<string, Anchor | null>();
  paragraphs.forEach((text, paragraph) => {
    const sentences = splitSentences(text);
    if (sentences.length === 0) units.push({ paragraph, length: 0, anchors: [], stems: [] });
    sentences.forEach((sentence, position) => {
      const bare = withoutBrackets(sentence.text);
      const anchors = anchorsOf(bare, lang, keys, nameAnchors);
      const marker = position === 0 ? LIST_MARKER.exec(text) : null;
      if (marker) {
        anchors.push({ keys: [keys.id(`m:${(marker[1] ?? marker[2]).toLowerCase()}`)], weight: ANCHOR_WEIGHTS.marker,
          missCost: ANCHOR_MISS_COSTS.marker, label: `marker ${marker[0].trim()}` });
      }
      const stemIds = Array.from(new Set(wordPrefixes(bare, prefixLength)), (prefix) => stems.id(prefix));
      units.push({ paragraph, length: lettersAndDigits(bare), anchors, stems: stemIds });
    });
  });
  return units;
}

/** The anchors of one sentence; `nameAnchors` holds the name anchors made so far for this language and key table (null: not a name). */
function anchorsOf(text: string, lang: Lang, keys: KeyTable, nameAnchors: Map<string, Anchor | null>): Anchor[] {
  const anchors: Anchor[] = [];
  for (const token of findNumberTokens(text, lang)) {
    const kind = !token.value.startsWith('n:') ? 'dateOrTime' : Number(token.value.slice(2)) >= 10 ? 'largeNumber' : 'smallNumber';
    anchors.push({ keys: [keys.id(token.value)], weight: ANCHOR_WEIGHTS[kind], missCost: ANCHOR_MISS_COSTS[kind], label: token.value });
  }
  const firstWord = /[\p{L}\p{N}]/u.exec(text)?.index ?? 0;
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const word = match[0];
    const allCaps = word === word.toUpperCase() && word.length >= MIN_UPPERCASE_NAME;
    if (match.index === firstWord && !allCaps) continue;
    let anchor = nameAnchors.get(word);
    if (anchor === undefined) {
      const wordKeys = nameKeys(word, lang);
      anchor = wordKeys.length === 0 ? null
        : { keys: wordKeys.map((key) => keys.id(key)), weight: ANCHOR_WEIGHTS.name, missCost: ANCHOR_MISS_COSTS.name, label: `name:${word}` };
      nameAnchors.set(word, anchor);
    }
    if (anchor) anchors.push(anchor);
  }
  return anchors;
}
