/**
 * How far each bead can be trusted, from the aligner's own evidence: how far its English length
 * is from the length the document's ratio predicts (a Gale–Church deviation), the worse of its
 * neighbours' deviations (a misplaced boundary makes one bead too long and the next too short),
 * whether it joins several paragraphs on a side, whether sentences inside it were left
 * without a counterpart, and whether it joins paragraphs on both sides though its sentences pair
 * one to one. The score maps to a probability that the
 * bead is right by a logistic curve fitted on the development cases' gold alignments
 * (`npm run bench:align` prints how the low ones cover the wrong ones). Pinned beads are certain.
 */
import type { Bead } from '../types';

/** The evidence a confidence is computed from (see BeadEvidence). */
export interface ConfidenceEvidence {
  pinned: boolean;
  enLength: number;
  expectedEnLength: number;
  /** Sentence steps inside the bead, as "ru sentences:en sentences" ("1:2", "0:1"). */
  steps: string[];
}

/** Weight of the worse neighbour's deviation: a wrong boundary shows in both beads it separates. */
const NEIGHBOUR_WEIGHT = 0.5;
/** Added per side that joins several paragraphs: n:m beads are where boundaries go wrong. */
const JOINED_SIDE_WEIGHT = 0.5;
/**
 * Added when a bead with both languages leaves some of its sentences without a counterpart: the
 * aligner paired the paragraphs without finding all the sentences in each other, which is where
 * misplaced boundaries hide. With it, the beads below LOW_CONFIDENCE hold 80% of the development
 * cases' wrong beads at 9.6% flagged, against 12.0% without it; weights of 0.5 to 1.5 did the same.
 */
const UNPAIRED_SENTENCES_WEIGHT = 1;
/**
 * Added when a bead joins paragraphs on both sides while every sentence in it pairs one to one:
 * the two texts' paragraph boundaries fall at different sentences, so the bead is two passages
 * run together, or a boundary the aligner moved by a sentence. Twelve such beads of the
 * development cases, two of them wrong (17%, against 10% for the beads flagged without it); with
 * it, the flagged beads hold 84% of the wrong ones instead of 80% at the same 9.6% flagged, and on
 * the excerpts of the sweep 70.6% instead of 66.9% (npm run bench:align). Weights of 1 to 3 did the same.
 */
const CROSSED_PARAGRAPHS_WEIGHT = 1;
/**
 * The logistic curve P(wrong) = 1 / (1 + e^−(slope·score + intercept)), fitted by maximum
 * likelihood on the 2,168 beads the aligner made for the twelve development cases (25 wrong, 1.2%).
 * Refitted whenever the aligner's error rate moves: the confidence is shown as a probability.
 */
const CALIBRATION = { slope: 0.367, intercept: -5.343 };
/** Confidences are given to four decimals: the risks worth telling apart differ by a tenth of a percent. */
const CONFIDENCE_DECIMALS = 4;

/**
 * Beads below this confidence are shown to the reviewer as worth a look: a risk of error of
 * 1.15% or more, the average bead's (25 wrong of the 2,168 beads of the development cases). It
 * flags 9.6% of those beads, which hold 84% of the wrong ones (npm run bench:align).
 */
export const LOW_CONFIDENCE = 0.9885;

/** The length deviation of a bead, in standard deviations of the Gale–Church model. */
function deviation(evidence: ConfidenceEvidence | undefined, variance: number): number {
  if (!evidence || evidence.pinned) return 0;
  const mean = Math.max(1, (evidence.enLength + evidence.expectedEnLength) / 2);
  return Math.abs(evidence.enLength - evidence.expectedEnLength) / Math.sqrt(variance * mean);
}

/**
 * Beads of an excerpt's untranslated ends this close to the translated stretch keep their doubt:
 * where the translation starts or stops is what a wrong end gets wrong. Further out, a paragraph
 * of the longer text left unpaired is what the excerpt was judged to be (its one finding says
 * so), and flagging each one buried the real doubts: on the 80 excerpts of the development cases
 * (`npm run bench:align`) every one of the 10,159 end beads was flagged, 31 of them wrong.
 */
const END_BOUNDARY_BEADS = 1;

/**
 * The confidence in [0, 1] of every bead, in order. `untranslatedEnds` names the longer text when
 * the aligner took the other for a translation of a part of it (`CostParameters.partial`): its
 * paragraphs left unpaired at either end, away from the translated stretch, are not in doubt.
 */
export function beadConfidences(beads: Bead[], evidence: ConfidenceEvidence[], variance: number, untranslatedEnds?: 'ru' | 'en'): number[] {
  const deviations = evidence.map((item) => deviation(item, variance));
  const expectedEnd = untranslatedEnds ? endBeadsOfExcerpt(beads, untranslatedEnds) : () => false;
  return beads.map((bead, index) => {
    if (evidence[index].pinned) return 1;
    if (expectedEnd(index)) return confidenceOf(0);
    const joined = Number(bead.ru.length > 1) + Number(bead.en.length > 1);
    const neighbours = Math.max(deviations[index - 1] ?? 0, deviations[index + 1] ?? 0);
    const steps = evidence[index].steps;
    const unpairedSentences = twoSided(bead) && steps.some((step) => step.startsWith('0:') || step.endsWith(':0'));
    const crossedParagraphs = joined === 2 && steps.length > 1 && steps.every((step) => step === '1:1');
    return confidenceOf(deviations[index] + NEIGHBOUR_WEIGHT * neighbours + JOINED_SIDE_WEIGHT * joined + UNPAIRED_SENTENCES_WEIGHT * Number(unpairedSentences)
      + CROSSED_PARAGRAPHS_WEIGHT * Number(crossedParagraphs));
  });
}

/** The calibrated confidence of a bead's score (CALIBRATION), to CONFIDENCE_DECIMALS. */
function confidenceOf(score: number): number {
  const wrong = 1 / (1 + Math.exp(-(CALIBRATION.slope * score + CALIBRATION.intercept)));
  const scale = 10 ** CONFIDENCE_DECIMALS;
  return Math.round((1 - wrong) * scale) / scale;
}

/**
 * Whether the bead at an index is a paragraph of `side` alone, before the first bead with both
 * languages or after the last, more than END_BOUNDARY_BEADS beads away from them.
 */
function endBeadsOfExcerpt(beads: Bead[], side: 'ru' | 'en'): (index: number) => boolean {
  const stretch = translatedStretch(beads);
  if (!stretch) return () => false;
  const other = side === 'ru' ? 'en' : 'ru';
  return (index) => (index < stretch.first - END_BOUNDARY_BEADS || index > stretch.last + END_BOUNDARY_BEADS) && beads[index][other].length === 0;
}

/** A bead with paragraphs of both languages. */
function twoSided(bead: Bead): boolean {
  return bead.ru.length > 0 && bead.en.length > 0;
}

/** The first and the last bead with both languages (the translated stretch), or undefined when none has both. */
function translatedStretch(beads: Bead[]): { first: number; last: number } | undefined {
  const first = beads.findIndex(twoSided);
  if (first < 0) return undefined;
  let last = beads.length - 1;
  while (!twoSided(beads[last])) last--;
  return { first, last };
}

/** Fewer paragraphs than this on either side are too few to tell a loose translation from another text. */
const MIN_PARAGRAPHS_TO_JUDGE = 8;
/**
 * Translations pair most paragraphs one to one: 42–72% of the paragraphs of the translated
 * stretch on the development cases and their excerpts; texts that are not each other's
 * translation pair at most 39% (twelve pairs of one case's Russian with another case's English,
 * and twelve pairs of Gospel chapters: another chapter of the same Gospel pairs the most).
 */
const MIN_ONE_TO_ONE_SHARE = 0.45;
/**
 * …and leave few beads in doubt: at most 32% below LOW_CONFIDENCE in the translated stretch of
 * the development cases' translations and their excerpts (the excerpt of twelve paragraphs of
 * Galatians 42%, but pairing nearly all of them one to one), at least 45% for the pairs of
 * texts that are not each other's translation.
 */
const MAX_LOW_SHARE = 0.4;

/**
 * Share of the shorter text's paragraphs that a translation pairs with the other's, whether it
 * translates the whole or an excerpt: at least 92% on the development cases and their excerpts.
 */
const MIN_SHORTER_TEXT_PAIRED = 0.5;

/**
 * Why two texts do not seem to be a text and its translation (an unrelated English text, a
 * translation of another document), or undefined when they do: few paragraphs pair one to one
 * and many beads are in doubt, where a translation, however free, pairs most of them. Both are
 * counted in the translated stretch, from the first bead with both languages to the last: a
 * translation of an excerpt leaves the rest of the original unpaired, as another text would.
 */
export function correspondenceWarning(beads: Bead[], confidences: number[], ruCount: number, enCount: number): string | undefined {
  if (ruCount < MIN_PARAGRAPHS_TO_JUDGE || enCount < MIN_PARAGRAPHS_TO_JUDGE) return undefined;
  const translated = translatedStretch(beads);
  const stretch = translated ? beads.slice(translated.first, translated.last + 1) : [];
  const paragraphs = stretch.reduce((sum, bead) => sum + bead.ru.length + bead.en.length, 0);
  const oneToOne = stretch.filter((bead) => bead.ru.length === 1 && bead.en.length === 1).length;
  const oneToOneShare = (2 * oneToOne) / Math.max(1, paragraphs);
  const lowShare = translated ? confidences.slice(translated.first, translated.last + 1).filter((confidence) => confidence < LOW_CONFIDENCE).length / stretch.length : 1;
  const percent = (share: number) => `${Math.round(100 * share)}%`;
  // A translation, of the whole or of an excerpt, pairs most of itself: the shorter text.
  const shorter = ruCount <= enCount ? 'ru' : 'en';
  const shorterPaired = stretch.filter(twoSided).reduce((sum, bead) => sum + bead[shorter].length, 0) / Math.min(ruCount, enCount);
  if (shorterPaired < MIN_SHORTER_TEXT_PAIRED) {
    return `the two texts do not seem to be a text and its translation: only ${percent(shorterPaired)} of the paragraphs of the shorter one pair with the other's `
      + '(a translation, even of an excerpt, pairs most of them); check that the English translates this Russian';
  }
  if (oneToOneShare >= MIN_ONE_TO_ONE_SHARE || lowShare <= MAX_LOW_SHARE) return undefined;
  return `the two texts do not seem to be a text and its translation: only ${percent(oneToOneShare)} of their paragraphs pair one to one `
    + `(translations pair most of them) and ${percent(lowShare)} of the passages fit their lengths badly; check that the English translates this Russian`;
}
