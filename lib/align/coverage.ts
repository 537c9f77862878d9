/**
 * How much of one text the other covers. Archives often translate only an excerpt of a
 * document, and a translation of a part is short against the whole original: its letters over
 * the original's are then no measure of the translator's length ratio, and the aligner, trusting
 * that ratio and searching near the diagonal on which both texts advance together, spread the
 * excerpt over the whole original (a tenth of Mark paired with the wrong paragraphs everywhere).
 * The chain of rare names and numbers that occur in both texts in the same order tells a part
 * from a whole: it spans less of the longer text than of the shorter, and its slope is the ratio
 * inside the stretch they share. Without a chain, the ratio of the median sentences, which does
 * not depend on coverage, is compared with the whole texts'.
 */
import { PRIOR_LENGTH_RATIO, type SentenceBead } from './dp';
import type { AlignmentUnit } from './units';

/** What `judgeCoverage` found. */
export interface Coverage {
  /**
   * 'part': one text seems to translate only a part of the other. 'unknown': the texts are too
   * short to tell, and cheap to search whole. 'whole': each translates all of the other.
   */
  verdict: 'part' | 'unknown' | 'whole';
  /** The ratio read off the chain of shared anchors, where it has enough points to be trusted (`MIN_RATIO_CHAIN_POINTS`). */
  anchoredRatio?: number;
}

/**
 * The whole-text ratio over the ratio of the median sentences, outside which one text seems to
 * translate a part of the other, where the texts share no chain of anchors to tell. On the
 * development cases, whole translations give 0.88–1.58 (the English of the Gospels cuts verses
 * into more sentences), halves 0.4–0.8 (an English half) and 2.5–4.5 (a Russian half). The
 * Canterville Ghost, at 0.88, aligned to the same beads when judged a part: a whole translation
 * taken for a part costs time rather than beads.
 */
export const WHOLE_TEXT_RELATIVE_RATIO = { min: 0.9, max: 1.6 } as const;
/**
 * How far (as a factor) the ratio of texts too short for the median test (MIN_SENTENCES_FOR_MEDIAN)
 * may be from the prior (PRIOR_LENGTH_RATIO) when each translates all of the other. Whole texts
 * run at 0.92–1.22 on the development cases, and the ratio of a short text is drawn towards the
 * prior (`shrunkRatio`); a Russian excerpt of two fifths of I Peter against its whole English
 * reads 2.80.
 */
export const PRIOR_RATIO_TOLERANCE = 2;
/**
 * How many times more sentences a paragraph of one text may hold than one of the other for the
 * median sentences to be compared (`judgeCoverage`). The development cases hold 0.88–1.28 times
 * as many English sentences per paragraph as Russian ones; against Russian paragraphs that are
 * each one long sentence (joined by commas, or typed without full stops), 2.1–3.6 times, and the
 * median sentence read five of the small whole translations as parts (bead F1 0.07–0.31).
 */
export const MAX_SEGMENTATION_FACTOR = 2;
/**
 * `WHOLE_TEXT_RELATIVE_RATIO` for the median paragraphs, compared where the texts are cut into
 * sentences too differently (MAX_SEGMENTATION_FACTOR). Whole translations of the development
 * cases give 0.96–1.65, halves 0.50–1.04 (an English half) and 1.56–2.57 (a Russian half): the
 * paragraphs tell less, so only a clear part is taken for one.
 */
export const WHOLE_TEXT_PARAGRAPH_RELATIVE_RATIO = { min: 0.8, max: 2 } as const;
/** Fewer sentences than this on a side make the median sentence too rough to compare. */
export const MIN_SENTENCES_FOR_MEDIAN = 20;
/**
 * How far the whole texts' ratio may be from the chain's (as a factor) in texts that translate
 * each other whole: within 4% on the development cases, 7% with twenty paragraphs left out of
 * Mark; 13% and more for an excerpt of 85% of a text.
 */
export const ANCHORED_RATIO_TOLERANCE = 1.1;
/**
 * How much more of one text than of the other the chain may span (as shares of each text's
 * letters) in texts that translate each other whole: 0.01 at most on the development cases and
 * with forty or sixty paragraphs left out inside Mark (0.1 and more only when they are left out
 * near its start, which is then close to an excerpt); 0.06 and more for excerpts of 75% or 85%.
 */
export const MAX_SPAN_DIFFERENCE = 0.05;
/**
 * Texts whose shorter side has fewer sentences than this are searched as if either might be a
 * part of the other: their whole table is small, and they have too few sentences and anchors to
 * tell. An archival letter of a few pages is one of them.
 */
export const SMALL_TEXT_SENTENCES = 200;

/** Whether one text seems to translate only a part of the other (see the module comment). */
export function judgeCoverage(ru: AlignmentUnit[], en: AlignmentUnit[], ratio: number): Coverage {
  const chain = anchoredStretch(ru, en);
  const anchoredRatio = chain && chain.points >= MIN_RATIO_CHAIN_POINTS ? chain.ratio : undefined;
  const ruLengths = ru.map((unit) => unit.length).filter((length) => length > 0);
  const enLengths = en.map((unit) => unit.length).filter((length) => length > 0);
  const fewest = Math.min(ruLengths.length, enLengths.length);
  if (chain) {
    // The chain tells: a part makes the whole texts' ratio wrong and leaves the chain short in
    // the longer text; a passage left out inside one text makes the ratio wrong too, but the chain spans both.
    const ratioOff = Math.abs(Math.log(ratio / chain.ratio)) > Math.log(ANCHORED_RATIO_TOLERANCE);
    if (ratioOff && Math.abs(chain.ruSpan - chain.enSpan) > MAX_SPAN_DIFFERENCE) return { verdict: 'part', anchoredRatio };
  } else if (fewest >= MIN_SENTENCES_FOR_MEDIAN) {
    // Sentences are compared where both texts are cut into them alike; else paragraphs, which translators keep more often.
    const ruParagraphs = paragraphLengths(ru);
    const enParagraphs = paragraphLengths(en);
    const sentencesPerParagraph = (enLengths.length / Math.max(1, enParagraphs.length)) / (ruLengths.length / Math.max(1, ruParagraphs.length));
    const alike = Math.abs(Math.log(sentencesPerParagraph)) <= Math.log(MAX_SEGMENTATION_FACTOR);
    const relative = alike ? ratio / (median(enLengths) / median(ruLengths)) : ratio / (median(enParagraphs) / median(ruParagraphs));
    const bounds = alike ? WHOLE_TEXT_RELATIVE_RATIO : WHOLE_TEXT_PARAGRAPH_RELATIVE_RATIO;
    if (relative < bounds.min || relative > bounds.max) return { verdict: 'part', anchoredRatio };
  } else if (Math.abs(Math.log(ratio / PRIOR_LENGTH_RATIO)) > Math.log(PRIOR_RATIO_TOLERANCE)) {
    // Too few sentences for a median: a ratio no translation of the whole has tells a part.
    return { verdict: 'part', anchoredRatio };
  }
  return { verdict: fewest < SMALL_TEXT_SENTENCES ? 'unknown' : 'whole', anchoredRatio };
}

/**
 * The letters of each side that a path pairs, and the share of each side's letters it leaves
 * unpaired, over the stretches between pins (each with the steps aligning it).
 */
export function pairedLetters(stretches: Array<{ ru: AlignmentUnit[]; en: AlignmentUnit[]; steps: SentenceBead[] }>):
  { ruPaired: number; enPaired: number; ruUnpaired: number; enUnpaired: number } {
  let ruAll = 0;
  let enAll = 0;
  let ruPaired = 0;
  let enPaired = 0;
  for (const { ru, en, steps } of stretches) {
    for (const step of steps) {
      let ruLetters = 0;
      let enLetters = 0;
      for (let k = step.ruStart; k < step.ruEnd; k++) ruLetters += ru[k].length;
      for (let k = step.enStart; k < step.enEnd; k++) enLetters += en[k].length;
      ruAll += ruLetters;
      enAll += enLetters;
      if (step.ruEnd > step.ruStart && step.enEnd > step.enStart) {
        ruPaired += ruLetters;
        enPaired += enLetters;
      }
    }
  }
  return { ruPaired, enPaired, ruUnpaired: 1 - ruPaired / Math.max(1, ruAll), enUnpaired: 1 - enPaired / Math.max(1, enAll) };
}

/** Share of the letters of side `side` that `steps` leave unpaired before the first two-sided step and after the last. */
export function untranslatedEndsShare(units: { ru: AlignmentUnit[]; en: AlignmentUnit[] }, steps: SentenceBead[], side: 'ru' | 'en'): number {
  const sideUnits = units[side];
  const total = sideUnits.reduce((sum, unit) => sum + unit.length, 0);
  const paired = steps.filter((step) => step.ruEnd > step.ruStart && step.enEnd > step.enStart);
  if (paired.length === 0 || total === 0) return 1;
  const start = side === 'ru' ? paired[0].ruStart : paired[0].enStart;
  const end = side === 'ru' ? paired[paired.length - 1].ruEnd : paired[paired.length - 1].enEnd;
  let ends = 0;
  for (let k = 0; k < start; k++) ends += sideUnits[k].length;
  for (let k = end; k < sideUnits.length; k++) ends += sideUnits[k].length;
  return ends / total;
}

/** Where the chain of shared anchors runs: the ratio inside it, and how many places it holds. */
interface AnchoredStretch {
  ratio: number;
  points: number;
  /** Shares of each side's letters between the chain's ends (its points at CHAIN_END_TRIM and 1 − CHAIN_END_TRIM). */
  ruSpan: number;
  enSpan: number;
}

/** Share of the chain's points left off at each end when its span is measured: a point at an end may join by chance. */
export const CHAIN_END_TRIM = 0.05;

/**
 * Fewest places on the chain to compare its ratio with the whole text's. A handful of names that
 * happen to occur in the same order is chance; a dozen in order are a shared text.
 */
export const MIN_CHAIN_POINTS = 12;
/**
 * Fewest places on the chain to align with its ratio rather than the prior (PRIOR_LENGTH_RATIO):
 * with a dozen, the chain of an excerpt of Luke read 1.03 where the translation runs at 1.15.
 */
export const MIN_RATIO_CHAIN_POINTS = 30;
/**
 * Anchor keys found in more units of a side than this are left out of the chain: each pairing of
 * their places is a point, and a common name's many points would bury the order of the rare ones.
 */
export const MAX_ANCHOR_REPEATS = 5;
/** The chain's slope is read over this share of its points at a time, and the median taken. */
export const CHAIN_SLOPE_PARTS = 10;

/**
 * The longest chain of places where a rare anchor (a name or number in at most MAX_ANCHOR_REPEATS
 * sentences of each text) occurs in both texts, running forward in both; its slope is the
 * median of its slopes over a tenth of its points at a time, so that points that join it by
 * chance, at its ends or in jumps, move only a few of them. Undefined below MIN_CHAIN_POINTS.
 */
function anchoredStretch(ru: AlignmentUnit[], en: AlignmentUnit[]): AnchoredStretch | undefined {
  const ruPlaces = rareAnchorPlaces(ru);
  const enPlaces = rareAnchorPlaces(en);
  // At most MAX_ANCHOR_REPEATS² points per key. A name's spellings are several keys of one anchor
  // and give the same point more than once; the chain, rising strictly, takes it once.
  const points: Array<{ ru: number; en: number }> = [];
  for (const [key, ruAt] of ruPlaces) {
    const enAt = enPlaces.get(key);
    if (!enAt) continue;
    for (const ruPlace of ruAt) for (const enPlace of enAt) points.push({ ru: ruPlace, en: enPlace });
  }
  const chain = longestForwardChain(points);
  if (chain.length < MIN_CHAIN_POINTS) return undefined;
  const stride = Math.max(1, Math.floor(chain.length / CHAIN_SLOPE_PARTS));
  const slopes: number[] = [];
  for (let k = 0; k + stride < chain.length; k++) {
    const ruSpan = chain[k + stride].ru - chain[k].ru;
    if (ruSpan > 0) slopes.push((chain[k + stride].en - chain[k].en) / ruSpan);
  }
  if (slopes.length === 0) return undefined;
  const first = chain[Math.floor(chain.length * CHAIN_END_TRIM)];
  const last = chain[Math.ceil(chain.length * (1 - CHAIN_END_TRIM)) - 1];
  const total = (units: AlignmentUnit[]) => Math.max(1, units.reduce((sum, unit) => sum + unit.length, 0));
  return { ratio: median(slopes), points: chain.length, ruSpan: (last.ru - first.ru) / total(ru), enSpan: (last.en - first.en) / total(en) };
}

/** The anchor keys found in at most MAX_ANCHOR_REPEATS units of a side, each with the letter offsets of the middles of those units. */
function rareAnchorPlaces(units: AlignmentUnit[]): Map<number, number[]> {
  const places = new Map<number, number[]>();
  let offset = 0;
  for (const unit of units) {
    const middle = offset + unit.length / 2;
    offset += unit.length;
    const keys = new Set<number>();
    for (const anchor of unit.anchors) for (const key of anchor.keys) keys.add(key);
    for (const key of keys) {
      const at = places.get(key);
      if (at) at.push(middle);
      else places.set(key, [middle]);
    }
  }
  for (const [key, at] of places) if (at.length > MAX_ANCHOR_REPEATS) places.delete(key);
  return places;
}

/**
 * The longest subsequence of `points` that rises in both coordinates, by patience sorting
 * (O(k log k)): the points in order of their Russian place, the longest run of rising English places.
 */
function longestForwardChain(points: Array<{ ru: number; en: number }>): Array<{ ru: number; en: number }> {
  // Points at one Russian place (a sentence with several anchors) by falling English place, so that one of them at most is taken.
  const sorted = [...points].sort((a, b) => a.ru - b.ru || b.en - a.en);
  /** tails[k]: the index in `sorted` of the lowest English place that ends a chain of k + 1 points. */
  const tails: number[] = [];
  const previous = new Int32Array(sorted.length).fill(-1);
  sorted.forEach((point, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[tails[middle]].en < point.en) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1];
    tails[low] = index;
  });
  const chain: Array<{ ru: number; en: number }> = [];
  for (let index = tails.length > 0 ? tails[tails.length - 1] : -1; index >= 0; index = previous[index]) chain.push(sorted[index]);
  return chain.reverse();
}

/** The letters of each paragraph that has any. */
function paragraphLengths(units: AlignmentUnit[]): number[] {
  const lengths: number[] = [];
  for (let k = 0; k < units.length; k++) {
    if (k === 0 || units[k - 1].paragraph !== units[k].paragraph) lengths.push(0);
    lengths[lengths.length - 1] += units[k].length;
  }
  return lengths.filter((length) => length > 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
