/**
 * Short permalinks that survive corrections. Besides the passage numbers (`#b17`), a permalink
 * carries the first words of the cited passage in one language and a short hash of that
 * language's cited paragraphs: `?en=It+is+proposed+to+accomplish&v=3f9a1c#b17`, about a hundred
 * characters, readable, and short enough for a footnote. Opened later, an unchanged passage is
 * trusted at its numbers; a corrected one is found again by its words (exactly, then fuzzily, see
 * anchor.ts) wherever it moved; a rewritten one is reported as changed. No Node imports.
 */
import { sha256Hex } from '../text/hash';
import { anchorQuote, type Anchor } from './anchor';
import { QUOTE_SELECTOR_TYPE } from './selector';

/** The language whose words a permalink carries. */
export type LinkLanguage = 'ru' | 'en';

/** What a short permalink records of the passage. */
export interface PassageLink {
  lang: LinkLanguage;
  /** The passage's first words, as written (one line, whole words). */
  words: string;
  /** Hash of the cited paragraphs of that language, as they were. */
  version: string;
}

/**
 * Characters of the passage's opening kept in the link: enough words to find a passage again
 * among hundreds (and within diff-match-patch's 32-character pattern), few enough that a link to
 * one passage stays under 120 characters.
 */
const MAX_LINK_WORDS_LENGTH = 28;
/** Fewer characters than this and the opening words would match too many places. */
const MIN_LINK_WORDS_LENGTH = 12;
/** Hex digits of the paragraphs' hash: 24 bits tell an edited passage from the cited one. */
const LINK_VERSION_DIGITS = 6;
/** How the cited paragraphs are joined before hashing (the corpus's paragraph separator). */
const PARAGRAPH_JOINER = '\n\n';

/** The hash of a passage's paragraphs in one language. */
export function passageVersion(paragraphs: readonly string[]): string {
  return sha256Hex(paragraphs.join(PARAGRAPH_JOINER), LINK_VERSION_DIGITS);
}

/** The opening words of a passage: its first line, cut after the last whole word that fits. */
export function openingWords(text: string): string {
  const line = text.trimStart().split('\n')[0].replace(/\s+/g, ' ');
  if (line.length <= MAX_LINK_WORDS_LENGTH) return line.trimEnd();
  const cut = line.slice(0, MAX_LINK_WORDS_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace >= MIN_LINK_WORDS_LENGTH ? cut.slice(0, lastSpace) : cut.slice(0, MAX_LINK_WORDS_LENGTH)).trimEnd();
}

/** The link for a passage whose paragraphs in `lang` are `paragraphs`. */
export function toPassageLink(lang: LinkLanguage, paragraphs: readonly string[]): PassageLink {
  return { lang, words: openingWords(paragraphs.join(PARAGRAPH_JOINER)), version: passageVersion(paragraphs) };
}

/** The link as query parameters: `en=It+is+proposed…&v=3f9a1c`. */
export function encodePassageLink(link: PassageLink): string {
  return new URLSearchParams([[link.lang, link.words], ['v', link.version]]).toString();
}

/** The link in a permalink's query, or undefined when it holds none. */
export function decodePassageLink(query: string): PassageLink | undefined {
  const params = new URLSearchParams(query);
  const version = params.get('v');
  if (!version || !/^[0-9a-f]{1,64}$/.test(version)) return undefined;
  for (const lang of ['en', 'ru'] as const) {
    const words = params.get(lang);
    if (words && words.trim() !== '') return { lang, words, version };
  }
  return undefined;
}

/**
 * Where the linked passage is now, in `text` (the language's paragraphs joined by blank lines):
 * `unchanged` when the paragraphs at the linked numbers still hash to the link's version, else
 * the opening words found again, nearest `expectedStart`, else undefined (the passage changed).
 */
export function findPassageLink(text: string, linkedParagraphs: readonly string[], link: PassageLink, expectedStart: number): (Anchor & { unchanged: boolean }) | undefined {
  if (linkedParagraphs.length > 0 && passageVersion(linkedParagraphs) === link.version) {
    return { start: expectedStart, end: expectedStart + link.words.length, method: 'exact', unchanged: true };
  }
  const found = anchorQuote(text, { type: QUOTE_SELECTOR_TYPE, exact: link.words, prefix: '', suffix: '', start: expectedStart, textHash: link.version });
  return found && { ...found, unchanged: false };
}
