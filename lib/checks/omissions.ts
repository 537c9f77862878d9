/**
 * What the translation left out or added: paragraphs without counterpart (1:0 and 0:1 beads),
 * Russian sentences with no English inside a bead (found by aligning the bead's sentences with
 * the same aligner), and beads whose length is far from the document's own ratio.
 */
import { alignParagraphs, lengthCost, PRIOR_LENGTH_RATIO, PRIOR_RATIO_LETTERS, type WordLexicon } from '../align';
import { splitSentences } from '../segment';
import { openingOf } from '../text';
import type { Bead, Finding } from '../types';
import type { CheckInput, NoteMask } from './context';

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
/** Beads with more sentences than this are not searched sentence by sentence (each try is an alignment of the bead). */
const MAX_SENTENCES_TO_TRY = 24;

const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * The document's typical English/Russian length ratio: the median over its 1:1 beads, shrunk
 * towards the aligner's prior as the aligner's own ratio is (a few passages cannot tell a
 * translator's ratio from an omission), or the prior without any.
 */
export function typicalRatio(input: CheckInput): number {
  const pairs = input.beads.filter((bead) => bead.ru.length === 1 && bead.en.length === 1)
    .map((bead) => [letters(input.ru[bead.ru[0]]), letters(input.en[bead.en[0]])])
    .filter(([ru]) => ru > 0);
  if (pairs.length === 0) return PRIOR_LENGTH_RATIO;
  const ratios = pairs.map(([ru, en]) => en / ru).sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)];
  const russianLetters = pairs.reduce((sum, [ru]) => sum + ru, 0);
  return (median * russianLetters + PRIOR_LENGTH_RATIO * PRIOR_RATIO_LETTERS) / (russianLetters + PRIOR_RATIO_LETTERS);
}

/** What the omission check knows of the whole document. */
export interface OmissionContext {
  /** The document's English/Russian length ratio (`typicalRatio`). */
  ratio: number;
  /** The word pairs the document's beads teach, for aligning sentences inside a bead. */
  lexicon: WordLexicon;
  /** True for a Russian paragraph that is editorial apparatus (an archival reference line). */
  isApparatus: (paragraph: number) => boolean;
  /** The editors' notes: their text is not the translation, so it is never reported as left out. */
  mask: NoteMask;
}

/** Omission and addition findings of one bead. */
export function checkOmissions(bead: Bead, input: CheckInput, context: OmissionContext): Finding[] {
  const { ratio, isApparatus } = context;
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
  return [...sentencesLeftOut(bead, input, context), ...lengthOutOfLine(bead, input, ratio)];
}

/** Characters of a passage quoted in a finding's message: enough to recognise it in the text. */
const QUOTE_LENGTH = 80;

/** A text quoted in a message, cut at QUOTE_LENGTH with an ellipsis. */
function quote(text: string): string {
  return `“${openingOf(text, QUOTE_LENGTH)}”`;
}

function whole(texts: string[], paragraph: number) {
  return { paragraph, start: 0, end: texts[paragraph].length };
}

/**
 * How much better (in nats of the aligner's cost) the bead's sentences must align once a Russian
 * sentence is taken out before that sentence is reported as left out. The cost counts lengths,
 * names, numbers and the word pairs the document teaches, so a sentence whose words, names and
 * length the English lacks gains much (a sentence the aligner leaves 1:0 gains about the 1:0
 * shape cost, 4.8); one the translator merged into a neighbour gains little or loses. 1 nat found
 * 90% of sentences dropped from the development translations and flagged 25 of their 563
 * multi-sentence beads (`npm run bench:checks`).
 */
const MIN_REMOVAL_GAIN = 1;

interface PlacedSentence {
  paragraph: number;
  start: number;
  end: number;
  /** The sentence as written, for the message. */
  text: string;
  /** The sentence with notes blanked out, as the lengths and the alignment see it. */
  blanked: string;
}

/**
 * The Russian sentence of a bead whose English was left out, if any: the sentence whose removal
 * most improves the alignment of the bead's sentences, among those whose removal also fits the
 * lengths at least as well (the English is short by about that sentence: a free translation as
 * long as the whole Russian has lost nothing a length can show).
 */
function sentencesLeftOut(bead: Bead, input: CheckInput, { ratio, lexicon, mask }: OmissionContext): Finding[] {
  // Notes are blanked (offsets kept): their sentences have no letters, so they neither count nor get reported.
  const ruSentences: PlacedSentence[] = bead.ru.flatMap((paragraph) => splitSentences(mask.blank('ru', paragraph, input.ru[paragraph]))
    .map((sentence) => ({ ...sentence, text: input.ru[paragraph].slice(sentence.start, sentence.end), blanked: sentence.text, paragraph })));
  if (ruSentences.length < 2 || ruSentences.length > MAX_SENTENCES_TO_TRY) return [];
  const enSentences = bead.en.flatMap((paragraph) => splitSentences(mask.blank('en', paragraph, input.en[paragraph])).map((sentence) => sentence.text));
  const ruLetters = ruSentences.reduce((sum, sentence) => sum + letters(sentence.blanked), 0);
  const enLetters = enSentences.reduce((sum, sentence) => sum + letters(sentence), 0);
  const lengthFitsWithout = (sentence: PlacedSentence) => lengthCost(ruLetters - letters(sentence.blanked), enLetters, ratio) <= lengthCost(ruLetters, enLetters, ratio);
  const suspects = ruSentences.filter((sentence) => letters(sentence.blanked) >= MIN_SENTENCE_LETTERS && lengthFitsWithout(sentence));
  if (suspects.length === 0) return [];
  const costWithout = (left?: PlacedSentence) => alignParagraphs(ruSentences.filter((sentence) => sentence !== left).map((sentence) => sentence.blanked), enSentences, { lexicon })
    .evidence.reduce((sum, sentenceBead) => sum + sentenceBead.cost, 0);
  const whole = costWithout();
  let best: { sentence?: PlacedSentence; gain: number } = { gain: MIN_REMOVAL_GAIN };
  for (const suspect of suspects) {
    const gain = whole - costWithout(suspect);
    if (gain > best.gain) best = { sentence: suspect, gain };
  }
  const sentence = best.sentence;
  if (!sentence) return [];
  return [{
    kind: 'sentence-omitted', severity: 'medium', ru: bead.ru, en: bead.en,
    ruSpans: [{ paragraph: sentence.paragraph, start: sentence.start, end: sentence.end }], enSpans: [],
    message: `a Russian sentence has no English counterpart: ${quote(sentence.text)}`,
    evidence: `the bead's sentences align better without it; the English is ${Math.round(100 * enLetters / (ruLetters * ratio))}% of the length this translation usually gives`,
  }];
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
