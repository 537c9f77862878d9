/**
 * What the translation left out or added: paragraphs without counterpart (1:0 and 0:1 beads),
 * Russian sentences with no English inside a bead (found by aligning the bead's sentences with
 * the same aligner), and beads whose length is far from the document's own ratio.
 */
import { alignParagraphs, PRIOR_LENGTH_RATIO } from '../align';
import { splitSentences } from '../segment';
import type { Bead, Finding } from '../types';
import type { CheckInput } from './context';

/**
 * A bead this much shorter (English/Russian letters, relative to the document's median ratio)
 * probably lost something; this much longer probably added something. Translations vary
 * by ±30% bead to bead, so only a halving or doubling is worth a look.
 */
const SHORT_RATIO = 0.5;
const LONG_RATIO = 2.2;
/** Beads shorter than this (Russian letters) vary too much in length to judge. */
const MIN_LETTERS_FOR_RATIO = 80;
/** Sentences shorter than this (letters) are headers and signatures; leaving one out is rarely an omission. */
const MIN_SENTENCE_LETTERS = 25;

const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** The document's typical English/Russian length ratio: the median over its 1:1 beads, or the aligner's prior without any. */
export function typicalRatio(input: CheckInput): number {
  const ratios = input.beads.filter((bead) => bead.ru.length === 1 && bead.en.length === 1)
    .map((bead) => [letters(input.ru[bead.ru[0]]), letters(input.en[bead.en[0]])])
    .filter(([ru]) => ru > 0).map(([ru, en]) => en / ru).sort((a, b) => a - b);
  return ratios.length > 0 ? ratios[Math.floor(ratios.length / 2)] : PRIOR_LENGTH_RATIO;
}

/** Omission and addition findings of one bead. */
export function checkOmissions(bead: Bead, input: CheckInput, ratio: number, isApparatus: (paragraph: number) => boolean): Finding[] {
  const base = { ru: bead.ru, en: bead.en };
  if (bead.en.length === 0) {
    if (bead.ru.every(isApparatus)) return [];
    return [{ ...base, kind: 'omission', severity: 'medium', ruSpans: bead.ru.map((paragraph) => whole(input.ru, paragraph)), enSpans: [],
      message: `the Russian of this passage has no translation: ${quote(bead.ru.map((p) => input.ru[p]).join(' '))}`, evidence: '1:0 bead' }];
  }
  if (bead.ru.length === 0) {
    return [{ ...base, kind: 'addition', severity: 'low', ruSpans: [], enSpans: bead.en.map((paragraph) => whole(input.en, paragraph)),
      message: `the English of this passage has no Russian original: ${quote(bead.en.map((p) => input.en[p]).join(' '))}`, evidence: '0:1 bead' }];
  }
  return [...sentencesLeftOut(bead, input), ...lengthOutOfLine(bead, input, ratio)];
}

/** Characters of a passage quoted in a finding's message: enough to recognise it in the text. */
const QUOTE_LENGTH = 80;

/** A text quoted in a message, cut at QUOTE_LENGTH with an ellipsis. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH).trimEnd()}…` : flat}”`;
}

function whole(texts: string[], paragraph: number) {
  return { paragraph, start: 0, end: texts[paragraph].length };
}

function sentencesLeftOut(bead: Bead, input: CheckInput): Finding[] {
  const ruSentences = bead.ru.flatMap((paragraph) => splitSentences(input.ru[paragraph]).map((sentence) => ({ ...sentence, paragraph })));
  if (ruSentences.length < 2) return [];
  const enSentences = bead.en.flatMap((paragraph) => splitSentences(input.en[paragraph]).map((sentence) => sentence.text));
  const { beads } = alignParagraphs(ruSentences.map((sentence) => sentence.text), enSentences);
  return beads.filter((sentenceBead) => sentenceBead.en.length === 0)
    .flatMap((sentenceBead) => sentenceBead.ru.map((index) => ruSentences[index]))
    .filter((sentence) => letters(sentence.text) >= MIN_SENTENCE_LETTERS)
    .map((sentence) => ({
      kind: 'sentence-omitted' as const, severity: 'medium' as const, ru: bead.ru, en: bead.en,
      ruSpans: [{ paragraph: sentence.paragraph, start: sentence.start, end: sentence.end }], enSpans: [],
      message: `a Russian sentence has no English counterpart: ${quote(sentence.text)}`,
      evidence: 'sentence alignment inside the bead',
    }));
}

function lengthOutOfLine(bead: Bead, input: CheckInput, ratio: number): Finding[] {
  const ruLetters = bead.ru.reduce((sum, paragraph) => sum + letters(input.ru[paragraph]), 0);
  const enLetters = bead.en.reduce((sum, paragraph) => sum + letters(input.en[paragraph]), 0);
  if (ruLetters < MIN_LETTERS_FOR_RATIO) return [];
  const relative = enLetters / ruLetters / ratio;
  if (relative >= SHORT_RATIO && relative <= LONG_RATIO) return [];
  return [{
    kind: 'length-ratio', severity: relative < SHORT_RATIO ? 'medium' : 'low', ru: bead.ru, en: bead.en, ruSpans: [], enSpans: [],
    message: relative < SHORT_RATIO ? 'the English is much shorter than this translation usually is: something may be missing'
      : 'the English is much longer than this translation usually is: something may have been added',
    evidence: `${enLetters}/${ruLetters} letters = ${(enLetters / ruLetters).toFixed(2)}; the document's median is ${ratio.toFixed(2)}`,
  }];
}
