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
