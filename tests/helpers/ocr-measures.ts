/**
 * How well an OCR import read a text whose every character is known: character accuracy (the
 * measure OCR evaluations use: 1 − edit distance / length of the true text, after white space is
 * made uniform and the folio marks the import adds are taken out), and how the alignment of the
 * OCR text with the English agrees with the gold alignment of the true text (link F1 over
 * Russian-English paragraph pairs, each true paragraph placed in the OCR paragraph that holds its
 * middle).
 */
import DiffMatchPatch from 'diff-match-patch';
import type { Bead } from '@/lib/types';

/** The folio marks `sverka import-original` writes at each page start. */
const FOLIO_MARK = /\[Л\. \d+\]\s?/g;

/** Paragraphs as one text: folio marks out, white space runs as one space. */
function flatten(paragraphs: string[]): string {
  return paragraphs.map((paragraph) => paragraph.replace(FOLIO_MARK, '')).join(' ').replace(/\s+/g, ' ').trim();
}

/** 1 − (Levenshtein distance ÷ characters of the true text). */
export function characterAccuracy(truth: string[], read: string[]): number {
  const [expected, actual] = [flatten(truth), flatten(read)];
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  return 1 - dmp.diff_levenshtein(dmp.diff_main(expected, actual)) / expected.length;
}

/** Link F1 of `beads` (OCR paragraphs ↔ English) against `gold` (true paragraphs ↔ English). */
export function alignmentAgreement(truth: string[], read: string[], beads: Bead[], gold: Bead[]): number {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const clean = read.map((paragraph) => paragraph.replace(FOLIO_MARK, ''));
  const [truthText, readText] = [truth.join('\n'), clean.join('\n')];
  const diffs = dmp.diff_main(truthText, readText);
  const readStarts = starts(clean);
  const truthStarts = starts(truth);
  const readParagraphOf = truth.map((paragraph, index) => {
    const position = dmp.diff_xIndex(diffs, truthStarts[index] + Math.floor(paragraph.length / 2));
    let found = 0;
    while (found + 1 < readStarts.length && readStarts[found + 1] <= position) found++;
    return found;
  });
  const beadOfRead = new Map<number, Bead>();
  for (const bead of beads) for (const paragraph of bead.ru) beadOfRead.set(paragraph, bead);
  const predicted = new Set<string>();
  truth.forEach((_, index) => { for (const en of beadOfRead.get(readParagraphOf[index])?.en ?? []) predicted.add(`${index}:${en}`); });
  const expected = new Set(gold.flatMap((bead) => bead.ru.flatMap((ru) => bead.en.map((en) => `${ru}:${en}`))));
  const hits = [...predicted].filter((link) => expected.has(link)).length;
  if (hits === 0) return 0;
  const [precision, recall] = [hits / predicted.size, hits / expected.size];
  return (2 * precision * recall) / (precision + recall);
}

function starts(paragraphs: string[]): number[] {
  const result: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    result.push(offset);
    offset += paragraph.length + 1;
  }
  return result;
}

/** How well the doubt marks point at the misread words. */
export interface DoubtQuality {
  /** Words of the OCR text that differ from the true text. */
  wrongWords: number;
  /** Words marked as doubtful. */
  markedWords: number;
  /** Of the wrong words, the share marked. */
  recall: number;
  /** Of the marked words, the share wrong. */
  precision: number;
}

/**
 * Compare the OCR text's words with the true text's (a word diff) and the marked spans with the
 * words that came out wrong. `marked` holds [paragraph, start, end] spans of the OCR text.
 */
export function doubtQuality(truth: string[], read: string[], marked: Array<[number, number, number]>): DoubtQuality {
  const readWords: Array<{ word: string; paragraph: number; start: number; end: number }> = [];
  read.forEach((paragraph, index) => {
    const masked = paragraph.replace(FOLIO_MARK, (mark) => ' '.repeat(mark.length));
    for (const match of masked.matchAll(/\S+/g)) readWords.push({ word: match[0], paragraph: index, start: match.index, end: match.index + match[0].length });
  });
  const truthWords = truth.join(' ').split(/\s+/).filter(Boolean);
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  // Words as characters, so the diff is a word diff (diff-match-patch's line mode, with words for lines).
  const encode = (words: string[], table: Map<string, string>) => words.map((word) => {
    if (!table.has(word)) table.set(word, String.fromCharCode(table.size + 1));
    return table.get(word)!;
  }).join('');
  const table = new Map<string, string>();
  const diffs = dmp.diff_main(encode(truthWords, table), encode(readWords.map((word) => word.word), table));
  const wrong = new Set<number>();
  let position = 0;
  for (const [operation, text] of diffs) {
    if (operation === DiffMatchPatch.DIFF_DELETE) continue;
    if (operation === DiffMatchPatch.DIFF_INSERT) for (let index = 0; index < text.length; index++) wrong.add(position + index);
    position += text.length;
  }
  const markedWords = new Set<number>();
  readWords.forEach((word, index) => {
    if (marked.some(([paragraph, start, end]) => paragraph === word.paragraph && start < word.end && end > word.start)) markedWords.add(index);
  });
  const hits = [...markedWords].filter((index) => wrong.has(index)).length;
  return {
    wrongWords: wrong.size, markedWords: markedWords.size,
    recall: wrong.size === 0 ? 1 : hits / wrong.size, precision: markedWords.size === 0 ? 1 : hits / markedWords.size,
  };
}
