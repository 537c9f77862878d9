/**
 * The words of a scan's pages made into the paragraphs of ru.md: lines joined, words hyphenated
 * at a line's end made whole again, each page's start marked with its archival leaf ("[Л. 89]",
 * the mark archive editions use and the reader shows in the margin), a paragraph that runs on
 * to the next page kept as one, and the words the engine was unsure of listed for review.
 */
import type { BodyParagraph } from '../import';
import type { OcrDoubt, OcrPage } from '../types';
import type { OcrWord } from './tsv';

/**
 * Words the engine scored below this are marked for review. On the telegram rendered at 300 dpi,
 * the misread words scored 30 and 64 and every correct word 69 or more; Tesseract's own
 * documentation treats scores under 60–70 as unreliable.
 */
export const LOW_CONFIDENCE = 70;
/**
 * Shapes of a word that OCR gets wrong whatever its score, each with what the reviewer is told:
 * a digit glued to a letter (3/З, 6/б, 0/О), Latin and Cyrillic letters in one word (В/B, с/c,
 * Н/H look the same), and a word of Latin letters that all have Cyrillic twins in Russian text
 * ("Bac" for "Вас").
 */
const SUSPICIOUS_SHAPES: Array<{ test: (word: string, russian: boolean) => boolean; reason: string }> = [
  { test: (word) => /\d\p{L}|\p{L}\d/u.test(word), reason: 'a digit inside a word: 3 and З, 6 and б, 0 and О are easily confused' },
  { test: (word) => /\p{Script=Latin}/u.test(word) && /\p{Script=Cyrillic}/u.test(word), reason: 'Latin and Cyrillic letters in one word' },
  { test: (word, russian) => russian && /^[ABCEHKMOPTXacekopxy]+[.,;:!?]*$/.test(word), reason: 'Latin letters that look Cyrillic, in Russian text' },
];
const LOW_CONFIDENCE_REASON = 'the engine was unsure of it';
/** A paragraph is Russian text when more of its letters are Cyrillic than Latin. */
function isRussian(text: string): boolean {
  return (text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > (text.match(/\p{Script=Latin}/gu)?.length ?? 0);
}
/** Characters of context kept either side of a doubtful word: enough to find it again, short enough to survive nearby corrections. */
const DOUBT_CONTEXT = 16;
/** A line ending in a hyphen after a letter: a word broken across lines. */
const BROKEN_WORD = /\p{L}[-‐¬\u00AD]$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;
/**
 * Tesseract finds paragraphs by indentation and short last lines; typed documents also part them
 * by space. A line that starts this many times the page's usual line pitch below the line before
 * starts a paragraph: single-spaced lines are one pitch apart, a blank line or a paragraph margin
 * of half a line or more makes it 1.5 or more.
 */
const PARAGRAPH_GAP_RATIO = 1.3;
/** A paragraph that ends like this is finished; one that does not may run on to the next page. */
const FINISHED = /[.!?:;…»"”)\]]$/u;

/** One page's words, as read. */
export interface PageWords {
  /** 1-based, across every scan file. */
  page: number;
  /** The archival leaf the page is, for its folio mark. */
  leaf?: string;
  words: OcrWord[];
}

/** The text of a scan: paragraphs for ru.md, the doubtful words, and each page's figures. */
export interface ComposedText {
  paragraphs: BodyParagraph[];
  doubts: OcrDoubt[];
  pages: OcrPage[];
  /** Mean confidence of every word, 0–100 (0 when no word was read). */
  meanConfidence: number;
}

interface PlacedWord {
  text: string;
  confidence: number;
  page: number;
  /** Offset in the paragraph's text. */
  start: number;
}

interface Building {
  text: string;
  words: PlacedWord[];
  page: number;
}

/** Compose the pages' words into paragraphs, in page order. */
export function composeText(pages: PageWords[]): ComposedText {
  const hyphenated = hyphenatedWords(pages);
  const built: Building[] = [];
  const figures: OcrPage[] = [];
  let confidenceSum = 0;
  let wordCount = 0;
  for (const { page, leaf, words } of pages) {
    const pageConfidence = words.reduce((sum, word) => sum + word.confidence, 0);
    confidenceSum += pageConfidence;
    wordCount += words.length;
    figures.push({ page, ...(leaf ? { leaf } : {}), words: words.length, meanConfidence: round(words.length > 0 ? pageConfidence / words.length : 0) });
    const paragraphs = paragraphsOf(words, page, hyphenated);
    if (paragraphs.length === 0) continue;
    const mark = leaf ? `[Л. ${leaf}]` : undefined;
    const previous = built.at(-1);
    const [first, ...rest] = paragraphs;
    if (previous && !FINISHED.test(previous.text) && STARTS_LOWERCASE.test(first.text)) {
      append(previous, mark ? `${mark} ` : '', []);
      append(previous, first.text, first.words);
    } else {
      if (mark) prepend(first, `${mark} `);
      built.push(first);
    }
    built.push(...rest);
  }
  const doubts: OcrDoubt[] = [];
  built.forEach((paragraph, index) => {
    const russian = isRussian(paragraph.text);
    for (const word of paragraph.words) {
      const reason = word.confidence < LOW_CONFIDENCE ? LOW_CONFIDENCE_REASON : SUSPICIOUS_SHAPES.find((shape) => shape.test(word.text, russian))?.reason;
      if (!reason) continue;
      doubts.push({
        word: word.text, paragraph: index, page: word.page, confidence: Math.round(word.confidence), reason,
        before: paragraph.text.slice(Math.max(0, word.start - DOUBT_CONTEXT), word.start),
        after: paragraph.text.slice(word.start + word.text.length, word.start + word.text.length + DOUBT_CONTEXT),
      });
    }
  });
  return {
    paragraphs: built.map((paragraph) => ({ line: paragraph.page, lines: [paragraph.text] })),
    doubts,
    pages: figures,
    meanConfidence: round(wordCount > 0 ? confidenceSum / wordCount : 0),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function append(paragraph: Building, text: string, words: PlacedWord[]): void {
  const separator = paragraph.text === '' || text === '' || paragraph.text.endsWith(' ') ? '' : ' ';
  const offset = paragraph.text.length + separator.length;
  paragraph.text += separator + text;
  paragraph.words.push(...words.map((word) => ({ ...word, start: word.start + offset })));
}

function prepend(paragraph: Building, text: string): void {
  paragraph.text = text + paragraph.text;
  for (const word of paragraph.words) word.start += text.length;
}

/**
 * Words written with a hyphen inside one line somewhere in the scan ("летно-технических"): when
 * such a word is broken at its hyphen across lines, the hyphen is part of it and stays.
 */
function hyphenatedWords(pages: PageWords[]): Set<string> {
  const words = new Set<string>();
  for (const page of pages) for (const word of page.words) if (/\p{L}-\p{L}/u.test(word.text)) words.add(word.text.toLowerCase());
  return words;
}

/** A page's words grouped into its paragraphs (the engine's blocks and paragraphs, and gaps between lines), lines joined. */
function paragraphsOf(words: OcrWord[], page: number, hyphenated: Set<string>): Building[] {
  const lines = linesOf(words);
  const pitch = usualPitch(lines);
  const paragraphs: Building[] = [];
  let current: Building | undefined;
  let previous: Line | undefined;
  for (const line of lines) {
    const sameParagraph = previous !== undefined && previous.paragraphKey === line.paragraphKey
      && !(pitch > 0 && line.top - previous.top > PARAGRAPH_GAP_RATIO * pitch);
    if (!sameParagraph || !current) {
      current = { text: '', words: [], page };
      paragraphs.push(current);
    }
    line.words.forEach((word, index) => {
      const last = current!.words.at(-1);
      if (index === 0 && sameParagraph && last && BROKEN_WORD.test(current!.text) && STARTS_LOWERCASE.test(word.text)) {
        // A word broken across lines: made whole, scored by its weaker half.
        const keepHyphen = hyphenated.has(`${last.text}${word.text}`.toLowerCase());
        if (!keepHyphen) current!.text = current!.text.slice(0, -1);
        last.text = `${keepHyphen ? last.text : last.text.slice(0, -1)}${word.text}`;
        last.confidence = Math.min(last.confidence, word.confidence);
        current!.text += word.text;
        return;
      }
      append(current!, word.text, [{ text: word.text, confidence: word.confidence, page, start: 0 }]);
    });
    previous = line;
  }
  return paragraphs;
}

interface Line {
  blockKey: string;
  paragraphKey: string;
  /** The top edge of its highest word, in pixels. */
  top: number;
  words: OcrWord[];
}

/** The words grouped into the engine's lines, in reading order. */
function linesOf(words: OcrWord[]): Line[] {
  const lines: Line[] = [];
  let key = '';
  for (const word of words) {
    const paragraphKey = `${word.page}:${word.block}:${word.paragraph}`;
    const lineKey = `${paragraphKey}:${word.line}`;
    if (lineKey !== key || lines.length === 0) {
      lines.push({ blockKey: `${word.page}:${word.block}`, paragraphKey, top: word.top, words: [] });
      key = lineKey;
    }
    const line = lines[lines.length - 1];
    line.top = Math.min(line.top, word.top);
    line.words.push(word);
  }
  return lines;
}

/** The median distance between the tops of consecutive lines of one block: the page's line pitch (0 when no block has two lines). */
function usualPitch(lines: Line[]): number {
  const pitches: number[] = [];
  for (let index = 1; index < lines.length; index++) {
    const gap = lines[index].top - lines[index - 1].top;
    if (lines[index].blockKey === lines[index - 1].blockKey && gap > 0) pitches.push(gap);
  }
  if (pitches.length === 0) return 0;
  pitches.sort((a, b) => a - b);
  // The lower median: gaps between paragraphs only ever push the pitch up.
  return pitches[Math.floor((pitches.length - 1) / 2)];
}
