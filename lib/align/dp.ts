/**
 * Sentence alignment by dynamic programming over a band: cost → fill → traceback.
 *
 * Table convention: cell (i, j) holds the cheapest alignment of the first i Russian units with
 * the first j English units. Cell (0, 0) costs 0. A step of shape (a, b) goes from (i − a, j − b)
 * to (i, j) and pairs Russian units i − a … i − 1 with English units j − b … j − 1.
 *
 * Band: row i keeps only the columns near the path on which both texts advance by the same
 * share of their letters (short texts, and the coarsest level of long ones) or near the path
 * found at half resolution (long texts), so time and memory grow linearly in the length of the
 * text. When the best path runs along the edge of the band (a long omission pushed it off its
 * guide), the band is doubled and the table filled again, up to the whole table.
 *
 * Gaps (1:0 and 0:1 steps) are affine, as in Gotoh (1982): paths that end in a gap are kept in
 * tables of their own, so that a gap can go on at the lower price wherever it is cheapest.
 */
import type { Anchor, AlignmentUnit } from './units';
import { BEAD_SHAPES, type BeadShape } from './shapes';
import { lengthCost, LENGTH_VARIANCE } from './length-cost';
import { Band, type PathPoint } from './band';

/** Cost terms for paragraph structure, in the same units as the shape and length costs. */
export const PARAGRAPH_TERMS = {
  /**
   * Reward for a step that ends on a paragraph boundary on both sides. Most Russian paragraphs
   * have one English counterpart; this prefers alignments that keep that structure when lengths
   * alone cannot tell.
   */
  bothBoundaries: -1.5,
  /** A step ending on a paragraph boundary on one side only: the translator regrouped paragraphs. */
  oneBoundary: 0.3,
  /**
   * Each paragraph boundary inside a step. A sentence whose translation starts in one paragraph
   * and ends in the next is much rarer than paragraphs regrouped between sentences.
   */
  crossedBoundary: 2,
} as const;

/**
 * Fewest sentences of a paragraph that a one-sentence paragraph of the other text is paired with
 * whole, in one step (`StepCoster.paragraphStepEndsAt`). The shapes pair one sentence with at most
 * three (four where anchors show it), and the rest had to be left unpaired at a gap's cost, so a
 * translator who cut one long sentence into four or more had its paragraph taken for an addition
 * and the original's for an omission: with every Russian paragraph of the development cases made
 * one sentence, the mean bead F1 fell to 0.69.
 */
export const ONE_SENTENCE_PARAGRAPH_MIN_OTHER = 4;
/**
 * Prior of that paragraph step: far rarer than any shape (−ln 0.00005), so that it pairs only
 * where the alternative is a run of gaps. The development cases keep their beads from 4 up; below
 * 10 it paired a long Russian sentence of James with one of the five English paragraphs that
 * translate it (the regrouping sweep's lowest 0.78 instead of 0.88). With it alone, the
 * one-sentence sweep rose from 0.69 to 0.78 (npm run bench:align).
 */
export const PARAGRAPH_STEP_COST = 10;
/**
 * Most paragraphs of the other text a paragraph step pairs a one-sentence paragraph with: the
 * development cases' gold pairs one paragraph with up to six (1:3 94 times, 1:4 16, 1:5 once, 1:6
 * three times). With every Russian paragraph one sentence, the mean bead F1 of the development
 * cases was 0.818 with steps over one or two paragraphs, 0.843 up to three, 0.846 up to four and
 * 0.847 up to six; the development cases, regroupings, excerpts and the NT-sized pair kept their
 * beads (npm run bench:align).
 */
export const MAX_PARAGRAPH_STEP_PARAGRAPHS = 6;

/**
 * Prior of the same step over more paragraphs of the other text (the translator also cut the
 * paragraph in two or more): the paragraph step's, and for each paragraph after the first an
 * added passage's (the gap shape's prior) and a crossed boundary's, as if it were an addition
 * joined to the first but without the price of its letters. Over two paragraphs, with every
 * Russian paragraph of the development cases one sentence, the mean bead F1 rose from 0.78 to
 * 0.82; nothing else moved (npm run bench:align). Each further paragraph priced as an addition
 * standing alone (without the crossed boundary, or with a boundary's reward) lifted that sweep to
 * 0.855 or 0.875 but made a regrouped I Peter pair one sentence with three paragraphs that
 * translate three (its bead F1 0.88 → 0.80). `paragraphs` counts from 1.
 */
export function paragraphStepCost(paragraphs: number): number {
  return PARAGRAPH_STEP_COST + (paragraphs - 1) * (GAP_SHAPE_COST + PARAGRAPH_TERMS.crossedBoundary);
}

/** The prior of a gap shape (1:0 or 0:1): a paragraph left out or added, without its letters. */
const GAP_SHAPE_COST = BEAD_SHAPES.find((shape) => shape.ru === 1 && shape.en === 0)!.cost;

/**
 * Prior of a part step: a one-sentence paragraph paired with a run of
 * ONE_SENTENCE_PARAGRAPH_MIN_OTHER or more sentences of the other text that starts or ends inside
 * a paragraph (whole paragraphs are the paragraph step's), where a translator joined paragraphs of
 * which one or more are a single long sentence. Without it the sentence was paired with the whole paragraph opposite and its neighbour left out,
 * or the other way round. The paragraph step's prior: with every Russian paragraph of the
 * development cases made one sentence, the mean bead F1 rose from 0.847 to 0.863 (The Gift of the
 * Magi 0.692 → 0.842), and with every English one, from 0.890 to 0.907; 8 gave 0.862, 12 0.855,
 * 14 0.857. Whole translations, excerpts, regroupings and the NT-sized pair kept their beads
 * (npm run bench:align).
 */
export const PART_STEP_COST = PARAGRAPH_STEP_COST;
/**
 * Most paragraphs of the other text a part step's run may touch: the translator joined the
 * sentence's paragraph with its neighbours and cut the result elsewhere. With every Russian
 * paragraph of the development cases made one sentence, runs inside one paragraph gave a mean
 * bead F1 of 0.863, over two 0.877, three 0.879 and six 0.875 (with PART_STEP_PARAGRAPH_COST).
 */
export const MAX_PART_STEP_PARAGRAPHS = 3;
/**
 * Added to a part step's prior for each paragraph boundary its run crosses: an added
 * paragraph's prior (the gap shape's), without its letters. At the paragraph step's 6.8 (the
 * same and a crossed boundary) the one-sentence sweep gained nothing over runs inside one
 * paragraph (0.865); 4.3 to 5.5 gave 0.878–0.879; 3.3 gave 0.859 and 2 0.842, cheap runs
 * taking sentences from the paragraphs around them (npm run bench:align).
 */
export const PART_STEP_PARAGRAPH_COST = GAP_SHAPE_COST;
/**
 * Most sentences of the other text a part step pairs a one-sentence paragraph with.
 * The development cases' longest paragraph holds 24 sentences (Matthew's genealogy); a long run
 * is cut short anyway by PART_STEP_MAX_LENGTH_COST unless the one sentence is as long as it.
 */
export const MAX_PART_STEP_UNITS = 40;
/**
 * Length cost past which a part step's run is not lengthened: the run has outgrown the one
 * sentence opposite by about four standard deviations (−ln 2(1 − Φ(4)) ≈ 10), and every longer
 * run costs more. It keeps the part steps of ordinary paragraphs, whose one sentence is shorter
 * than four sentences opposite, to one length check per cell.
 */
export const PART_STEP_MAX_LENGTH_COST = 10;

/**
 * Cost per letter of text left unpaired (a 1:0 or 0:1 step), on top of the shape prior. The
 * Gale–Church term would charge about 1/s² ≈ 0.15 per letter, so that merging an added
 * sentence into its neighbour is almost always cheaper than admitting the addition; a
 * geometric length model with a mean sentence of ~100 letters charges a few hundredths.
 */
export const UNPAIRED_LETTER_COST = 0.02;

/**
 * Cost of a 1:0 or 0:1 step that continues the gap the previous step opened inside the same
 * paragraph, instead of the shape's full cost (4.8): affine gap costs, as in sequence alignment
 * (Gotoh 1982). Once a translator has left a sentence out, or added one, the next sentence of
 * that paragraph is left out or added too about a third of the time (−ln 0.37 ≈ 1); charging
 * every sentence of a long added appendix the full price made the aligner spread it over the
 * whole text instead. Of 0.7, 1, 1.5, 2 and 2.5, 1 gave the best mean and weakest-case bead F1
 * on the development cases (npm run bench:align), and all but 2.5 kept an appendix in its bead.
 */
export const GAP_EXTEND_COST = 1;

/**
 * Letters of unpaired text in one paragraph after which the gap costs only LONG_GAP_EXTEND_COST
 * per further sentence and nothing per letter. Gap lengths are heavy-tailed: a run longer than a
 * long paragraph is an appendix, a block of notes or a passage left out whole, and its length
 * says nothing more. Charged by the letter and the sentence to the end, a 16,000-letter
 * appendix glued onto the last English paragraph cost more than pairing its sentences with
 * Russian ones: the aligner shifted the last twenty to thirty Russian paragraphs into it.
 */
export const LONG_GAP_LETTERS = 1000;
/** Cost of each further sentence of a gap past LONG_GAP_LETTERS: such a run goes on (−ln 0.9). */
export const LONG_GAP_EXTEND_COST = 0.1;

/**
 * Cost of a gap that goes on into the next paragraph of its side, instead of opening a new gap
 * there (the shape's 4.8): a passage left out or added is often several paragraphs long, and one
 * left out whole is one decision of the translator, not one per paragraph. Charged afresh per
 * paragraph, James's three paragraphs missing from the Russian (4:14–5:7) cost more than one
 * paragraph skipped too early and another one later, so the beads between them were shifted by
 * one. 2, 3 and 4 gave the same beads on the development cases (npm run bench:align); 3 was best
 * on the book-length pair. The next paragraph's letters are counted afresh: had the run's letters
 * gone on past LONG_GAP_LETTERS, nearly free, Matthew's genealogy was left out on both sides
 * instead of paired.
 */
export const PARAGRAPH_GAP_EXTEND_COST = 3;

/**
 * Weight of matched anchors a 1:4 step needs: one full word pair (LEXICAL_WEIGHT) or a name or a
 * number. One Russian sentence split into four English ones is a translator's habit only where
 * the words show it. Allowed on length alone, the shape let texts that are not each other's
 * translation pair more of their paragraphs one to one: Mark 1 against Mark 12 (the tests' pair)
 * 38.5%, as many as a loose translation; 34% with the condition. It costs the development cases
 * nothing (mean bead F1 0.9749 against 0.9751 without it).
 */
export const RARE_SHAPE_MIN_ANCHOR_WEIGHT = 1;

/** Band half-width the first fill uses, in units. Wide enough for the drift of ordinary translations. */
export const INITIAL_BAND_HALF_WIDTH = 32;

/** One step of the sentence alignment. */
export interface SentenceBead {
  ruStart: number;
  ruEnd: number;
  enStart: number;
  enEnd: number;
  cost: number;
  /** Russian anchors matched in the English side of the step (empty when the search reported the path only). */
  matched: Anchor[];
}

/** Parameters of the cost model, estimated per document. */
export interface CostParameters {
  /** English length per Russian length. */
  ratio: number;
  /** Variance of the length difference per character. */
  variance: number;
  /**
   * The text of which the other translates only a part (`judgeCoverage`): what it has before the
   * translated stretch starts and after it ends is left out at END_GAP_UNIT_COST a unit, not as
   * an omission, which cost so much that the translation was spread over the whole original instead.
   */
  partial?: 'ru' | 'en';
}

/**
 * Cost of each unit a text has before the other text starts or after it ends, when one may
 * translate a part of the other. Not zero, so that a unit that fits is paired rather than left out.
 */
export const END_GAP_UNIT_COST = 0.1;

/**
 * English letters per Russian letter before a document says otherwise. Russian words are longer
 * but English needs articles and auxiliaries; translations of prose and of archival documents
 * measured here run from 1.1 to 1.2.
 */
export const PRIOR_LENGTH_RATIO = 1.15;
/**
 * How many letters the prior ratio is worth. A document of a few lines cannot tell its own ratio
 * (an omission would look like a change of ratio); a book-length one overrides the prior.
 */
export const PRIOR_RATIO_LETTERS = 2000;

/**
 * A paragraph longer than this many times its side's median paragraph counts only that much
 * towards the length ratio. One appendix of 17,000 letters glued onto a last paragraph would
 * otherwise raise the ratio the whole text is aligned with, and pull every bead off its place.
 */
export const OUTLIER_PARAGRAPH_FACTOR = 8;

/** Each paragraph's letters on one side, and the most any paragraph counts: OUTLIER_PARAGRAPH_FACTOR times the median. */
function paragraphLetters(units: AlignmentUnit[]): { letters: Map<number, number>; cap: number } {
  const letters = new Map<number, number>();
  for (const unit of units) letters.set(unit.paragraph, (letters.get(unit.paragraph) ?? 0) + unit.length);
  const sorted = [...letters.values()].sort((a, b) => a - b);
  return { letters, cap: Math.max(1, sorted[Math.floor(sorted.length / 2)] ?? 0) * OUTLIER_PARAGRAPH_FACTOR };
}

/** A side's letters for the ratio: each paragraph's, capped (`paragraphLetters`). */
function robustTotal(units: AlignmentUnit[]): number {
  const { letters, cap } = paragraphLetters(units);
  let total = 0;
  for (const length of letters.values()) total += Math.min(length, cap);
  return total;
}

/** Each unit's letters, those of a paragraph over the cap (`paragraphLetters`) scaled down to it. */
function cappedLengths(units: AlignmentUnit[]): Float64Array {
  const { letters, cap } = paragraphLetters(units);
  return Float64Array.from(units, (unit) => unit.length * Math.min(1, cap / Math.max(1, letters.get(unit.paragraph)!)));
}

/**
 * The guide of a search that has no coarser alignment to follow: the path on which both texts
 * advance by the same share of their letters, an outlier paragraph counted as OUTLIER_PARAGRAPH_FACTOR
 * medians (Gale and Church's diagonal, in letters rather than sentences). The straight diagonal in
 * sentences ran far from the true path when one paragraph held a long appendix of short
 * sentences, and the band around it, widened until the path no longer touched its edge, still
 * held a shifted alignment that fit inside it.
 */
function lengthDiagonal(ru: AlignmentUnit[], en: AlignmentUnit[]): PathPoint[] {
  const n = ru.length;
  const m = en.length;
  const ruLengths = cappedLengths(ru);
  const enLengths = cappedLengths(en);
  const ruTotal = ruLengths.reduce((sum, length) => sum + length, 0);
  const enTotal = enLengths.reduce((sum, length) => sum + length, 0);
  if (ruTotal === 0 || enTotal === 0) return [{ i: 0, j: 0 }, { i: n, j: m }];
  const points: PathPoint[] = [{ i: 0, j: 0 }];
  let j = 0;
  let ruLetters = 0;
  let enLetters = 0;
  for (let i = 1; i <= n; i++) {
    ruLetters += ruLengths[i - 1];
    const target = (ruLetters / ruTotal) * enTotal;
    // English units whose middle comes before the point the Russian has reached.
    while (j < m && enLetters + enLengths[j] / 2 <= target) enLetters += enLengths[j++];
    points.push({ i, j: i === n ? m : j });
  }
  return points;
}

/** Length ratio of a document: its English over Russian letters, shrunk towards the prior for short texts. */
export function estimateParameters(ru: AlignmentUnit[], en: AlignmentUnit[]): CostParameters {
  return { ratio: shrunkRatio(robustTotal(en), robustTotal(ru)), variance: LENGTH_VARIANCE };
}

/** English over Russian letters, shrunk towards PRIOR_LENGTH_RATIO by PRIOR_RATIO_LETTERS. */
export function shrunkRatio(enLetters: number, ruLetters: number): number {
  return (enLetters + PRIOR_LENGTH_RATIO * PRIOR_RATIO_LETTERS) / (ruLetters + PRIOR_RATIO_LETTERS);
}

/**
 * What a search reports of each step: the anchors it matched too (`SentenceBead.matched`, the
 * evidence of a finished alignment), or only its place and cost (a pass whose steps only guide
 * or train another, where listing the anchors of every step was wasted work).
 */
export type StepReport = 'with anchors' | 'path only';

/**
 * Align two sequences of units; the steps cover both sequences once, in order. With `guide`, an
 * alignment at half resolution, only a narrow band around it is searched.
 */
export function alignUnits(ru: AlignmentUnit[], en: AlignmentUnit[], parameters: CostParameters, report: StepReport = 'with anchors',
  guide?: SentenceBead[]): SentenceBead[] {
  const coster = new StepCoster(ru, en, parameters);
  if (guide) {
    const path = [{ i: 0, j: 0 }, ...guide.map((step) => ({ i: step.ruEnd, j: step.enEnd }))];
    return searchBands(coster, (halfWidth) => Band.around(ru.length, en.length, path, halfWidth), GUIDED_BAND_HALF_WIDTH, GUIDE_ONLY, report);
  }
  if (ru.length <= MAX_DIRECT_UNITS || en.length <= MAX_DIRECT_UNITS) {
    // Widened until the path stays clear of the band's edge: at the coarsest level of a long
    // text too, where a path pressed against the edge would mislead every finer level.
    const diagonal = lengthDiagonal(ru, en);
    return searchBands(coster, (halfWidth) => Band.around(ru.length, en.length, diagonal, halfWidth), INITIAL_BAND_HALF_WIDTH, EXACT, report);
  }
  // Large departures from the diagonal are found at the coarsest level, which widens its band as
  // needed; each finer level only has to place steps within a few units of the coarser path.
  return alignUnits(ru, en, parameters, report, alignAtHalfResolution(ru, en, parameters, alignUnits));
}

/**
 * `alignUnits` for texts of which one may translate only a part of the other (`judgeCoverage`):
 * the path can run anywhere, far from the diagonal on which both texts advance together, so the
 * coarsest search fills the whole table (the texts merged at half resolution until it holds at
 * most MAX_WHOLE_TABLE_CELLS), and the finer levels follow its path. Around the diagonal, a
 * translation of a tenth of a Gospel was spread over the whole of it, every paragraph paired
 * with the wrong ones: the band never reached its true place, and the path never touched its edge.
 */
export function alignAnywhere(ru: AlignmentUnit[], en: AlignmentUnit[], parameters: CostParameters, report: StepReport = 'with anchors'): SentenceBead[] {
  if ((ru.length + 1) * (en.length + 1) > MAX_WHOLE_TABLE_CELLS && ru.length > 1 && en.length > 1) {
    return alignUnits(ru, en, parameters, report, alignAtHalfResolution(ru, en, parameters, alignAnywhere));
  }
  const coster = new StepCoster(ru, en, parameters);
  // A half-width as wide as the longer text: the band is the whole table, searched once.
  const diagonal = lengthDiagonal(ru, en);
  return searchBands(coster, (halfWidth) => Band.around(ru.length, en.length, diagonal, halfWidth), Math.max(ru.length, en.length), EXACT, report);
}

/**
 * Most cells of a table searched whole (`alignAnywhere`): with the gap tables and the pair gains,
 * about 50 bytes a cell, so 50 MB at most; a Gospel against a tenth of it is about 300,000.
 */
export const MAX_WHOLE_TABLE_CELLS = 1_000_000;

/**
 * Re-align units near an earlier alignment of the same texts, once they carry more evidence (the
 * lexical pass adds the document's word pairs to the anchors the first pass weighed). The band
 * follows the earlier path at REFINE_BAND_HALF_WIDTH, wider around its omissions
 * (`omissionWidening`). Where the new path moved further than that, an omission went to another
 * place, and the stretch around it is searched again around the new path, whose omission is now
 * in one piece: up to MAX_REFINE_ROUNDS searches in all.
 */
export function refineUnits(ru: AlignmentUnit[], en: AlignmentUnit[], parameters: CostParameters, previous: SentenceBead[]): SentenceBead[] {
  let guide = previous;
  let steps = refineAround(ru, en, parameters, previous);
  for (let round = 2; round <= MAX_REFINE_ROUNDS; round++) {
    const regions = movedRegions(guide, steps, ru, en);
    if (regions.length === 0) break;
    guide = steps;
    // From the last region back, so that the earlier ones' step indices still hold.
    for (const [first, last] of regions.reverse()) {
      const { ruStart: i0, enStart: j0 } = steps[first];
      const { ruEnd: i1, enEnd: j1 } = steps[last - 1];
      const local = steps.slice(first, last).map((step) => shiftedStep(step, -i0, -j0));
      const again = refineAround(ru.slice(i0, i1), en.slice(j0, j1), parameters, local).map((step) => shiftedStep(step, i0, j0));
      steps = [...steps.slice(0, first), ...again, ...steps.slice(last)];
    }
  }
  return steps;
}

/**
 * Searches of a stretch by the refining pass. Each after the first goes only where the one before
 * moved the path further than REFINE_BAND_HALF_WIDTH. With forty paragraphs left out of Mark,
 * one search left up to 84 other beads changed at a place, two up to 15 and three at most 8
 * (npm run bench:align and the unit test); the third costs nothing measurable on the
 * book-length pair, where the second finds nothing to move.
 */
export const MAX_REFINE_ROUNDS = 3;

/** One search of the refining pass: a band around `previous`, widened around its omissions. */
function refineAround(ru: AlignmentUnit[], en: AlignmentUnit[], parameters: CostParameters, previous: SentenceBead[]): SentenceBead[] {
  const coster = new StepCoster(ru, en, parameters);
  const path = [{ i: 0, j: 0 }, ...previous.map((step) => ({ i: step.ruEnd, j: step.enEnd }))];
  const widening = omissionWidening(previous, ru.length, en.length);
  return searchBands(coster, (halfWidth) => Band.around(ru.length, en.length, path, halfWidth, widening), REFINE_BAND_HALF_WIDTH, GUIDE_ONLY, 'with anchors');
}

function shiftedStep(step: SentenceBead, rows: number, columns: number): SentenceBead {
  return { ...step, ruStart: step.ruStart + rows, ruEnd: step.ruEnd + rows, enStart: step.enStart + columns, enEnd: step.enEnd + columns };
}

/**
 * The runs of steps [first, last) of `after` to search again, in order: around each stretch of
 * rows where `after` runs further than REFINE_BAND_HALF_WIDTH columns from `before`, from a
 * paragraph boundary of both texts at least OMISSION_WINDOW_ROWS rows before it to one as far
 * after it (stretches closer than twice that share a run).
 */
function movedRegions(before: SentenceBead[], after: SentenceBead[], ru: AlignmentUnit[], en: AlignmentUnit[]): Array<[number, number]> {
  const columnsBefore = columnAtRow(before, ru.length);
  const columnsAfter = columnAtRow(after, ru.length);
  const margin = OMISSION_WINDOW_ROWS;
  // Rows [from, to] of each stretch where the path moved, stretches less than two margins apart joined.
  const moved: Array<[number, number]> = [];
  for (let i = 0; i <= ru.length; i++) {
    if (Math.abs(columnsBefore[i] - columnsAfter[i]) <= REFINE_BAND_HALF_WIDTH) continue;
    const previous = moved[moved.length - 1];
    if (previous && i - previous[1] <= 2 * margin) previous[1] = i;
    else moved.push([i, i]);
  }
  const startsParagraph = (units: AlignmentUnit[], k: number) => k === 0 || k === units.length || units[k - 1].paragraph !== units[k].paragraph;
  const canCutBefore = (k: number) => startsParagraph(ru, after[k].ruStart) && startsParagraph(en, after[k].enStart);
  const regions: Array<[number, number]> = [];
  let k = 0;
  for (const [from, to] of moved) {
    let first = regions.length > 0 ? regions[regions.length - 1][1] : 0;
    for (; k < after.length && after[k].ruStart <= from - margin; k++) if (canCutBefore(k)) first = k;
    let last = k;
    while (last < after.length && !(after[last].ruStart >= to + margin && canCutBefore(last))) last++;
    if (last > first) regions.push([first, last]);
    k = last;
  }
  return regions;
}

/** The English units a path has consumed where it reaches each Russian row (at the end of the step holding the row). */
function columnAtRow(steps: SentenceBead[], n: number): Int32Array {
  const columns = new Int32Array(n + 1);
  for (const step of steps) for (let i = step.ruStart; i <= step.ruEnd; i++) columns[i] = step.enEnd;
  return columns;
}

/** How far, in units, the refining pass may move a step away from the first pass, away from its omissions. */
export const REFINE_BAND_HALF_WIDTH = 8;

/**
 * Units of the first pass's omissions summed over this many rows (Russian units) either side of a
 * row give how far the refining band is widened there. Lengths alone cannot tell where a passage
 * was left out: the first pass of James without 4:14–5:7 skipped a paragraph too early and
 * shifted the beads after it by one, and forty paragraphs left out of Mark were spread over a
 * dozen smaller gaps across 150 rows, the beads between paired with the wrong paragraphs. To
 * gather the omission in one place, the path between runs off the first path by up to its
 * length. With 20 paragraphs left out of Mark at each of 8 places, widening by each run's own
 * length left up to 21 other beads changed; summed over 32 or 64 rows, at most 2, and 64 did
 * better with forty paragraphs (npm run bench:align sweeps omissions).
 */
export const OMISSION_WINDOW_ROWS = 64;
/**
 * Runs of 1:0 and 0:1 steps shorter than this many units are a sentence or two added or left out,
 * which every translation has everywhere; summed up over a window, they made the book-length
 * pair's alignment a sixth slower for the same beads.
 */
export const MIN_OMISSION_UNITS = 3;
/**
 * The most columns omissions widen the refining band by, so that it stays linear in the length
 * of the text when the first pass left out much of it (an unrelated text, an untranslated half):
 * about fifty paragraphs of Mark.
 */
export const MAX_OMISSION_WIDENING = 128;

/**
 * Extra half-width for each row of the refining band: the units that the earlier path's runs of
 * one-sided steps (of MIN_OMISSION_UNITS or more) leave out within OMISSION_WINDOW_ROWS rows, a
 * Russian run counted in English units by the texts' ratio of units, up to MAX_OMISSION_WIDENING.
 */
function omissionWidening(steps: SentenceBead[], n: number, m: number): Int32Array {
  const columnsPerRow = m / Math.max(1, n);
  const oneSided = (step: SentenceBead) => (step.ruEnd === step.ruStart) !== (step.enEnd === step.enStart);
  // Left-out units by the row their run starts at, then summed up to each row.
  const leftOutBefore = new Float64Array(n + 2);
  for (let k = 0; k < steps.length;) {
    if (!oneSided(steps[k])) {
      k++;
      continue;
    }
    let end = k;
    let leftOut = 0;
    while (end < steps.length && oneSided(steps[end])) {
      leftOut += steps[end].enEnd - steps[end].enStart + (steps[end].ruEnd - steps[end].ruStart) * columnsPerRow;
      end++;
    }
    if (leftOut >= MIN_OMISSION_UNITS) leftOutBefore[steps[k].ruStart + 1] += leftOut;
    k = end;
  }
  for (let i = 1; i <= n + 1; i++) leftOutBefore[i] += leftOutBefore[i - 1];
  const widening = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const nearby = leftOutBefore[Math.min(n, i + OMISSION_WINDOW_ROWS) + 1] - leftOutBefore[Math.max(0, i - OMISSION_WINDOW_ROWS)];
    widening[i] = Math.min(MAX_OMISSION_WIDENING, Math.ceil(nearby));
  }
  return widening;
}

/** Whether a path that runs along the band's edge is searched again in a wider band. */
type Precision = 'exact' | 'guide';
const EXACT: Precision = 'exact';
/** A band around a coarser path is not widened: that path already placed the alignment within a few units. */
const GUIDE_ONLY: Precision = 'guide';

/** The path of `align` over the texts at half resolution (pairs of units merged), in the units of the full texts. */
function alignAtHalfResolution(ru: AlignmentUnit[], en: AlignmentUnit[], parameters: CostParameters,
  align: (ru: AlignmentUnit[], en: AlignmentUnit[], parameters: CostParameters, report: StepReport) => SentenceBead[]): SentenceBead[] {
  const coarse = coarsen(ru, en);
  return align(coarse.ru, coarse.en, parameters, 'path only').map((step) => ({
    ...step,
    ruStart: coarse.ruStarts[step.ruStart],
    ruEnd: coarse.ruStarts[step.ruEnd],
    enStart: coarse.enStarts[step.enStart],
    enEnd: coarse.enStarts[step.enEnd],
  }));
}

/** Fill and trace back in ever wider bands until the best path stays clear of the band's edge. */
function searchBands(coster: StepCoster, bandOf: (halfWidth: number) => Band, initialHalfWidth: number, precision: Precision,
  report: StepReport): SentenceBead[] {
  for (let halfWidth = initialHalfWidth; ; halfWidth *= 2) {
    const band = bandOf(halfWidth);
    const table = fill(band, coster);
    const path = traceback(band, table, coster, report);
    if (path && (!path.touchesEdge || precision === GUIDE_ONLY || band.coversAll)) return path.beads;
  }
}

/**
 * Sequences longer than this are first aligned at half resolution (pairs of units merged), and
 * the result guides a narrow band at full resolution, recursively: the coarse-to-fine search
 * of vecalign (Thompson & Koehn 2019). Below it a diagonal band is cheap enough.
 */
export const MAX_DIRECT_UNITS = 400;
/**
 * Half-width around a guide path. A coarse path is off by a unit or two per level, and a book
 * has six levels; twelve leaves room. Six and eight gave the same bead F1 on each development
 * case but lost 0.9 and 0.5 points on the book-length pair made of them (npm run bench:align).
 */
export const GUIDED_BAND_HALF_WIDTH = 12;

/**
 * Anchors a merged unit keeps. A coarse level only has to find the neighbourhood of the path;
 * letting anchors pile up as units merge would make every coarse level as costly as the finest.
 */
export const MAX_COARSE_ANCHORS = 6;

function strongestAnchors(anchors: Anchor[]): Anchor[] {
  if (anchors.length <= MAX_COARSE_ANCHORS) return anchors;
  return [...anchors].sort((a, b) => b.weight - a.weight).slice(0, MAX_COARSE_ANCHORS);
}

/** Units merged in pairs, with where each merged unit starts at full resolution. */
function coarsen(ru: AlignmentUnit[], en: AlignmentUnit[]): {
  ru: AlignmentUnit[]; en: AlignmentUnit[]; ruStarts: number[]; enStarts: number[];
} {
  const merge = (units: AlignmentUnit[]) => {
    const merged: AlignmentUnit[] = [];
    const starts: number[] = [];
    for (let k = 0; k < units.length; k += 2) {
      const pair = units.slice(k, k + 2);
      starts.push(k);
      merged.push({
        paragraph: pair[pair.length - 1].paragraph,
        length: pair.reduce((sum, unit) => sum + unit.length, 0),
        anchors: strongestAnchors(pair.flatMap((unit) => unit.anchors)),
        stems: [],
      });
    }
    starts.push(units.length);
    return { merged, starts };
  };
  const ruMerged = merge(ru);
  const enMerged = merge(en);
  return { ru: ruMerged.merged, en: enMerged.merged, ruStarts: ruMerged.starts, enStarts: enMerged.starts };
}


interface Table {
  /** The cheapest way to reach each cell, and the shape of its last step (an index into BEAD_SHAPES; 255 for none). */
  cost: Float64Array;
  step: Uint8Array;
  /** For each gap shape (GAP_INDEX), the cheapest way to reach each cell ending in that shape. */
  gaps: GapTable[];
}

/**
 * The paths that end in one gap shape (1:0 or 0:1), kept beside the cheapest paths: a gap that
 * goes on inside a paragraph costs less than one that opens (GAP_EXTEND_COST), and it must be
 * able to go on even where another step was cheaper for a moment (Gotoh's three tables, with the
 * run's letters for LONG_GAP_LETTERS). Without them, a long addition was charged as many fresh
 * gaps wherever a pairing step had been cheaper at one cell.
 */
interface GapTable {
  cost: Float64Array;
  /** Letters of the run of this gap shape that ends at the cell. */
  run: Float64Array;
  /** 1 where the cell's gap step continues the run of the cell before it, 0 where it opens one. */
  extended: Uint8Array;
}

const NO_STEP = 255;
/**
 * The step index of a paragraph step over one paragraph of the other text
 * (`StepCoster.paragraphStepEndsAt`), after the shapes'; over n paragraphs, n − 1 more.
 */
const PARAGRAPH_STEP = BEAD_SHAPES.length;
/** Priors of the paragraph steps, by paragraphs of the other text less one. */
const PARAGRAPH_STEP_COSTS = Float64Array.from({ length: MAX_PARAGRAPH_STEP_PARAGRAPHS }, (_, index) => paragraphStepCost(index + 1));
/**
 * Step indices of the part steps (`StepCoster.oneUnitParagraphSide`), after the paragraph steps':
 * a Russian one-sentence paragraph with ONE_SENTENCE_PARAGRAPH_MIN_OTHER … MAX_PART_STEP_UNITS
 * English units, then an English one with as many Russian units.
 */
const PART_STEP = PARAGRAPH_STEP + MAX_PARAGRAPH_STEP_PARAGRAPHS;
const PART_STEP_RUNS = MAX_PART_STEP_UNITS - ONE_SENTENCE_PARAGRAPH_MIN_OTHER + 1;
/** Which side of a part step is the one-sentence paragraph. */
const NEITHER_SIDE = 0;
const RUSSIAN_SIDE = 1;
const ENGLISH_SIDE = 2;
/** The 1:1 shape, whose step is weighed first in every cell and records the cell's pair gain. */
const ONE_TO_ONE = BEAD_SHAPES.findIndex((shape) => shape.ru === 1 && shape.en === 1);
/** Slack for the rounding of sums taken in another order than the exact cost's (see `evidenceFloor`). */
const FLOOR_MARGIN = 1e-9;
/** How far below zero the length cost's approximation may dip (see SHAPE_FLOOR). */
const LENGTH_COST_MARGIN = 1e-6;

const SHAPE_RU = Int32Array.from(BEAD_SHAPES, (shape) => shape.ru);
const SHAPE_EN = Int32Array.from(BEAD_SHAPES, (shape) => shape.en);
/** 1 for the 1:0 and 0:1 shapes, whose runs cost GAP_EXTEND_COST after the first step. */
const IS_GAP = Uint8Array.from(BEAD_SHAPES, (shape) => (shape.ru === 0 || shape.en === 0 ? 1 : 0));
/** 1 for the shapes with four sentences on a side (1:4), which need anchors (RARE_SHAPE_MIN_ANCHOR_WEIGHT). */
const NEEDS_ANCHORS = Uint8Array.from(BEAD_SHAPES, (shape) => (Math.max(shape.ru, shape.en) >= 4 ? 1 : 0));
/** The shape indices of the gap shapes, and for each shape its place among them (−1 for a pairing shape). */
const GAP_SHAPES = BEAD_SHAPES.flatMap((_, s) => (IS_GAP[s] ? [s] : []));
const GAP_INDEX = Int8Array.from(BEAD_SHAPES, (_, s) => GAP_SHAPES.indexOf(s));

/**
 * Lower bound of a pairing shape's structure cost (gap shapes are costed by `fillGap`): its
 * prior, the paragraph reward of ending on both boundaries, and no length cost. The length term
 * is −ln of a probability, so not below zero; its series approximation dips a few
 * hundred-millionths below, hence the margin.
 */
const SHAPE_FLOOR = Float64Array.from(BEAD_SHAPES, (shape) => shape.cost
  + Math.min(0, PARAGRAPH_TERMS.bothBoundaries, PARAGRAPH_TERMS.oneBoundary) - LENGTH_COST_MARGIN);

/** Fill the band, row by row. The innermost loop runs for every cell and shape, so it reads typed arrays only. */
function fill(band: Band, coster: StepCoster): Table {
  const cost = new Float64Array(band.size).fill(Infinity);
  const step = new Uint8Array(band.size).fill(NO_STEP);
  const gaps = GAP_SHAPES.map((): GapTable => ({
    cost: new Float64Array(band.size).fill(Infinity), run: new Float64Array(band.size), extended: new Uint8Array(band.size),
  }));
  // For each cell (i, j), the gain of the anchors of Russian unit i − 1 that share a key with
  // English unit j − 1 (see `evidenceFloor`), read off its 1:1 step; Infinity where that step was not weighed.
  const pairGain = new Float64Array(band.size).fill(Infinity);
  const { lo, hi, rowStart } = band;
  cost[0] = 0;
  for (let i = 0; i <= band.n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      const here = rowStart[i] + j - lo[i];
      let best = cost[here];
      let bestStep = step[here];
      for (let s = 0; s < SHAPE_RU.length; s++) {
        const i0 = i - SHAPE_RU[s];
        const j0 = j - SHAPE_EN[s];
        if (i0 < 0 || j0 < lo[i0] || j0 > hi[i0]) continue;
        const previousCell = rowStart[i0] + j0 - lo[i0];
        if (IS_GAP[s]) {
          // One-sided: no anchors to weigh. Its table is kept whether or not it wins the cell.
          const gapCost = fillGap(gaps[GAP_INDEX[s]], here, previousCell, cost[previousCell], coster, i0, i, j0, j, s);
          if (gapCost < best) {
            best = gapCost;
            bestStep = s;
          }
          continue;
        }
        const previous = cost[previousCell];
        if (previous === Infinity) continue;
        // Anchors can lower a step's cost by at most the weight they could match: skip steps that
        // cannot win, first on the shape's floor (before the lengths are weighed), then on the structure cost.
        const bonus = coster.maxBonus(i0, i, j0, j);
        if (previous + SHAPE_FLOOR[s] - bonus >= best) continue;
        const structural = previous + coster.structureCost(i0, j0, BEAD_SHAPES[s]);
        if (structural - bonus >= best) continue;
        if (s === ONE_TO_ONE) {
          const total = structural + coster.evidenceCost(i0, i, j0, j);
          pairGain[here] = coster.presentGain;
          if (total < best) {
            best = total;
            bestStep = s;
          }
          continue;
        }
        if (structural + evidenceFloor(band, pairGain, coster, i0, i, j0, j) >= best) continue;
        const total = structural + coster.evidenceCost(i0, i, j0, j);
        if (NEEDS_ANCHORS[s] && coster.matchedWeight < RARE_SHAPE_MIN_ANCHOR_WEIGHT) continue;
        if (total < best) {
          best = total;
          bestStep = s;
        }
      }
      if (i > 0 && j > 0) {
        // A one-sentence paragraph and the whole paragraph (or a few) opposite, when no shape can pair them (`StepCoster.paragraphStepEndsAt`).
        for (let paragraphs = 1; paragraphs <= MAX_PARAGRAPH_STEP_PARAGRAPHS; paragraphs++) {
          if (!coster.paragraphStepEndsAt(i, j, paragraphs)) continue;
          const i0 = coster.paragraphStepRuStart(i, j, paragraphs);
          const j0 = coster.paragraphStepEnStart(i, j, paragraphs);
          const total = longStepTotal(band, cost, coster, i0, i, j0, j, PARAGRAPH_STEP_COSTS[paragraphs - 1], best);
          if (total < best) {
            best = total;
            bestStep = PARAGRAPH_STEP + paragraphs - 1;
          }
        }
      }
      const single = i > 0 && j > 0 ? coster.oneUnitParagraphSide(i, j) : NEITHER_SIDE;
      if (single !== NEITHER_SIDE && bestPartStep(band, cost, coster, i, j, single, best)) {
        best = partStep.cost;
        bestStep = partStep.step;
      }
      cost[here] = best;
      step[here] = bestStep;
    }
  }
  return { cost, step, gaps };
}

/** The cost and step index of the part step `bestPartStep` found: one object, reused, so that no cell allocates. */
const partStep = { cost: 0, step: 0 };

/**
 * Whether a part step to (i, j) beats `best`: the one-sentence paragraph of side `single` ending
 * there with a run of the other text's units that ends there too, in at most
 * MAX_PART_STEP_PARAGRAPHS paragraphs and not whole paragraphs (`PART_STEP_COST`). The cheapest
 * is left in `partStep`. Runs are tried from the shortest; the first that outgrows the sentence
 * opposite (PART_STEP_MAX_LENGTH_COST) ends the search.
 */
function bestPartStep(band: Band, cost: Float64Array, coster: StepCoster, i: number, j: number, single: number, best: number): boolean {
  const runStart = coster.runParagraphStart(i, j, single, MAX_PART_STEP_PARAGRAPHS);
  const end = single === RUSSIAN_SIDE ? j : i;
  let found = false;
  for (let units = ONE_SENTENCE_PARAGRAPH_MIN_OTHER; units <= MAX_PART_STEP_UNITS && end - units >= runStart; units++) {
    const i0 = single === RUSSIAN_SIDE ? i - 1 : i - units;
    const j0 = single === RUSSIAN_SIDE ? j - units : j - 1;
    if (coster.runOutgrowsSentence(i0, i, j0, j, single)) break;
    // Whole paragraphs are the paragraph step's.
    if (coster.runStartsParagraph(single, end - units) && coster.endsParagraphs(i, j)) continue;
    const crossed = coster.runCrossings(single, end - units, end);
    const total = longStepTotal(band, cost, coster, i0, i, j0, j, PART_STEP_COST + crossed * PART_STEP_PARAGRAPH_COST, best);
    if (total < best) {
      best = total;
      partStep.cost = total;
      partStep.step = PART_STEP + (single === RUSSIAN_SIDE ? 0 : PART_STEP_RUNS) + units - ONE_SENTENCE_PARAGRAPH_MIN_OTHER;
      found = true;
    }
  }
  return found;
}

/**
 * The cost of the cheapest path to (i, j) that ends in the paragraph or part step [i0, i) × [j0, j)
 * with prior `prior`, or Infinity where it cannot beat `best`: such a step is weighed only when
 * its floor (the prior, the reward of ending on both boundaries, every anchor matched) can.
 */
function longStepTotal(band: Band, cost: Float64Array, coster: StepCoster, i0: number, i: number, j0: number, j: number, prior: number, best: number): number {
  const previousCell = band.cell(i0, j0);
  const previous = previousCell < 0 ? Infinity : cost[previousCell];
  if (previous === Infinity || previous + prior - LENGTH_COST_MARGIN + PARAGRAPH_TERMS.bothBoundaries - coster.maxBonus(i0, i, j0, j) >= best) return Infinity;
  return previous + coster.pairingCost(i0, i, j0, j, prior) + coster.evidenceCost(i0, i, j0, j);
}

/** Where the step with index `s` that ends at (i, j) starts. */
function stepStart(coster: StepCoster, s: number, i: number, j: number): PathPoint {
  if (s < PARAGRAPH_STEP) return { i: i - BEAD_SHAPES[s].ru, j: j - BEAD_SHAPES[s].en };
  if (s < PART_STEP) {
    const paragraphs = s - PARAGRAPH_STEP + 1;
    return { i: coster.paragraphStepRuStart(i, j, paragraphs), j: coster.paragraphStepEnStart(i, j, paragraphs) };
  }
  const russian = s < PART_STEP + PART_STEP_RUNS;
  const units = s - PART_STEP - (russian ? 0 : PART_STEP_RUNS) + ONE_SENTENCE_PARAGRAPH_MIN_OTHER;
  return russian ? { i: i - 1, j: j - units } : { i: i - units, j: j - 1 };
}

/**
 * The cheapest path to cell `here` ending in gap shape `s` from `previousCell`: opening a gap
 * after the cheapest path there, or going on with the gap that ends there (more cheaply inside
 * one paragraph than into the next). Records the choice in `gap` and returns its cost.
 */
function fillGap(gap: GapTable, here: number, previousCell: number, previousBest: number, coster: StepCoster,
  i0: number, i: number, j0: number, j: number, s: number): number {
  const shape = BEAD_SHAPES[s];
  if (coster.beyondOtherText(i, j, shape)) {
    // Before the other text starts or after it ends (`CostParameters.partial`): the run goes on at
    // END_GAP_UNIT_COST a unit, whichever way the path came.
    const before = gap.cost[previousCell];
    const extended = before <= previousBest;
    // No paragraph terms (each paragraph left out would earn the reward for ending on boundaries), but a pinned paragraph still ends on one.
    const total = coster.mayEndAt(i, j) ? (extended ? before : previousBest) + END_GAP_UNIT_COST : Infinity;
    gap.cost[here] = total;
    gap.run[here] = 0;
    gap.extended[here] = extended ? 1 : 0;
    return total;
  }
  const letters = coster.letters(i0, i, j0, j);
  const stepCost = coster.gapCost(i, j, shape, letters);
  let total = previousBest + stepCost;
  let run = letters;
  let extended = 0;
  const before = gap.cost[previousCell];
  if (before !== Infinity) {
    const runBefore = gap.run[previousCell];
    // The opening cost is paid once; past LONG_GAP_LETTERS the letters are free too. Into the
    // next paragraph the run goes on at PARAGRAPH_GAP_EXTEND_COST and counts its letters afresh.
    const inside = coster.insideParagraph(i0, j0, shape);
    const extensionCost = !inside ? PARAGRAPH_GAP_EXTEND_COST
      : runBefore < LONG_GAP_LETTERS ? GAP_EXTEND_COST : LONG_GAP_EXTEND_COST - UNPAIRED_LETTER_COST * letters;
    const extension = before + stepCost - shape.cost + extensionCost;
    if (extension < total) {
      total = extension;
      run = inside ? runBefore + letters : letters;
      extended = 1;
    }
  }
  gap.cost[here] = total;
  gap.run[here] = run;
  gap.extended[here] = extended;
  return total;
}

/**
 * A lower bound of the evidence cost of the two-sided step [i0, i) × [j0, j), from the pair
 * gains of its unit pairs (`pairGain`, filled by the 1:1 steps of earlier cells). A matched
 * anchor takes its weight and its miss cost on both sides off the step's cost (its gain,
 * weight + 2 · missCost, the same on both sides: a key names one kind of anchor); it is
 * matched only where its unit pair shares its key. So the matched gain is at most, for each
 * Russian unit, the lesser of its anchors' gain and its pair gains with the English units of the
 * step, and likewise for each English unit. The bound lets `fill` skip the exact count of
 * matched anchors for most steps of the wider shapes, where a document's learnt word pairs made
 * the looser bound of `maxBonus` useless (on the NT-sized pair, 318,000 counts instead of 900,000).
 */
function evidenceFloor(band: Band, pairGain: Float64Array, coster: StepCoster, i0: number, i: number, j0: number, j: number): number {
  // One pass over the step's unit pairs: each Russian unit's row of pair gains, and the English units' columns summed on the way.
  columnGains.fill(0);
  let ruBound = 0;
  for (let a = i0; a < i; a++) {
    let present = 0;
    for (let b = j0; b < j; b++) {
      const gain = pairGainOf(band, pairGain, a, b);
      present += gain;
      columnGains[b - j0] += gain;
    }
    const unitGain = coster.ruGain(a);
    ruBound += present < unitGain ? present : unitGain;
  }
  let enBound = 0;
  for (let b = j0; b < j; b++) {
    const unitGain = coster.enGain(b);
    enBound += columnGains[b - j0] < unitGain ? columnGains[b - j0] : unitGain;
  }
  return coster.missCosts(i0, i, j0, j) - (ruBound < enBound ? ruBound : enBound) - FLOOR_MARGIN;
}

/** The English columns of `evidenceFloor`: no shape takes more English units than this holds. */
const columnGains = new Float64Array(Math.max(...SHAPE_EN));

/** The pair gain of Russian unit `a` and English unit `b`: that of cell (a + 1, b + 1), Infinity (no bound) outside the band. */
function pairGainOf(band: Band, pairGain: Float64Array, a: number, b: number): number {
  const cell = band.cell(a + 1, b + 1);
  return cell < 0 ? Infinity : pairGain[cell];
}

/**
 * The path to (n, m), step by step from the end. A cell reached by a gap step is left in that
 * gap's table while the gap goes on, so that each step's cost is its own.
 */
function traceback(band: Band, table: Table, coster: StepCoster, report: StepReport): { beads: SentenceBead[]; touchesEdge: boolean } | undefined {
  const beads: SentenceBead[] = [];
  let touchesEdge = false;
  let i = band.n;
  let j = band.m;
  const end = band.cell(i, j);
  if (end < 0 || table.cost[end] === Infinity) return undefined;
  /** The gap (GAP_INDEX) whose table the walk is in, or −1 for the cheapest paths. */
  let inGap = -1;
  let costHere = table.cost[end];
  while (i > 0 || j > 0) {
    const here = band.cell(i, j);
    if (band.onEdge(i, j)) touchesEdge = true;
    const s = inGap < 0 ? table.step[here] : GAP_SHAPES[inGap];
    const { i: ruStart, j: enStart } = stepStart(coster, s, i, j);
    const previousCell = band.cell(ruStart, enStart);
    inGap = IS_GAP[s] && table.gaps[GAP_INDEX[s]].extended[here] ? GAP_INDEX[s] : -1;
    const costBefore = inGap < 0 ? table.cost[previousCell] : table.gaps[inGap].cost[previousCell];
    const matched = report === 'with anchors' ? coster.matchedAnchors(ruStart, i, enStart, j) : [];
    beads.push({ ruStart, ruEnd: i, enStart, enEnd: j, cost: costHere - costBefore, matched });
    costHere = costBefore;
    i = ruStart;
    j = enStart;
  }
  return { beads: beads.reverse(), touchesEdge };
}

/** The cost of one step: shape prior + length + paragraph structure − matched anchors. */
class StepCoster {
  /** What the costs read of each side (`sideTables`). */
  private readonly ruSide: SideTables;
  private readonly enSide: SideTables;
  /** Miss costs of the Russian anchors matched by the last `matchWeight` call. */
  private matchedMissCost = 0;
  /** Weight of the anchors matched by the last `evidenceCost` call (read by `fill` for shapes that need anchors). */
  matchedWeight = 0;
  /** Gain (weight + 2 · missCost) of the Russian anchors of the last `evidenceCost` call that share a key with its English side. */
  presentGain = 0;
  private readonly keyStamp: Int32Array;
  private readonly keyCount: Int32Array;
  private stamp = 0;

  constructor(private readonly ru: AlignmentUnit[], private readonly en: AlignmentUnit[], private readonly parameters: CostParameters) {
    this.ruSide = sideTables(ru);
    this.enSide = sideTables(en);
    let keyCount = 1;
    for (const key of this.ruSide.flat.keys) keyCount = Math.max(keyCount, key + 1);
    for (const key of this.enSide.flat.keys) keyCount = Math.max(keyCount, key + 1);
    this.keyStamp = new Int32Array(keyCount);
    this.keyCount = new Int32Array(keyCount);
  }

  /** The cheap part of a pairing step's cost (a gap's is `gapCost`): shape prior, lengths and paragraph structure. */
  structureCost(i: number, j: number, shape: BeadShape): number {
    const iEnd = i + shape.ru;
    const jEnd = j + shape.en;
    const crossed = crossings(this.ruSide.boundaryCount, i, iEnd) + crossings(this.enSide.boundaryCount, j, jEnd);
    return this.pairingCost(i, iEnd, j, jEnd, shape.cost + crossed * PARAGRAPH_TERMS.crossedBoundary);
  }

  /**
   * A pairing step's `prior` with its lengths and the terms of where it ends, or Infinity where it
   * would pair a unit pinned as unpaired: the structure cost of a shape or of a paragraph step.
   */
  pairingCost(i: number, iEnd: number, j: number, jEnd: number, prior: number): number {
    if (this.ruSide.unpaired[iEnd] > this.ruSide.unpaired[i] || this.enSide.unpaired[jEnd] > this.enSide.unpaired[j]) return Infinity;
    const ruLength = this.ruSide.length[iEnd] - this.ruSide.length[i];
    const enLength = this.enSide.length[jEnd] - this.enSide.length[j];
    return prior + lengthCost(ruLength, enLength, this.parameters.ratio, this.parameters.variance) + this.endTerms(iEnd, jEnd);
  }

  /**
   * Whether a paragraph step ends at (i, j): one that pairs a one-unit paragraph of one text,
   * ending there, with the last `paragraphs` (1 to MAX_PARAGRAPH_STEP_PARAGRAPHS) whole paragraphs of the other, holding
   * ONE_SENTENCE_PARAGRAPH_MIN_OTHER units or more. The Russian paragraph is the single one
   * where both are; the step starts at `paragraphStepRuStart` and `paragraphStepEnStart`.
   */
  paragraphStepEndsAt(i: number, j: number, paragraphs: number): boolean {
    if (!this.ruSide.boundary[i] || !this.enSide.boundary[j]) return false;
    const ruUnits = i - this.paragraphStepRuStart(i, j, paragraphs);
    const enUnits = j - this.paragraphStepEnStart(i, j, paragraphs);
    return Math.min(ruUnits, enUnits) === 1 && Math.max(ruUnits, enUnits) >= ONE_SENTENCE_PARAGRAPH_MIN_OTHER;
  }

  /** Where the Russian side of a paragraph step ending at (i, j) starts (`paragraphStepEndsAt`). */
  paragraphStepRuStart(i: number, j: number, paragraphs: number): number {
    return this.singleRussianParagraph(i) ? this.ruSide.paragraphStart[i] : this.startBefore(this.ruSide, i, paragraphs);
  }

  /** Where the English side of a paragraph step ending at (i, j) starts (`paragraphStepEndsAt`). */
  paragraphStepEnStart(i: number, j: number, paragraphs: number): number {
    return this.singleRussianParagraph(i) ? this.startBefore(this.enSide, j, paragraphs) : this.enSide.paragraphStart[j];
  }

  /**
   * Which text has a one-unit paragraph ending at (i, j) that a part step may pair
   * (`bestPartStep`): RUSSIAN_SIDE, ENGLISH_SIDE, or NEITHER_SIDE (none, or both: a 1:1 step's).
   */
  oneUnitParagraphSide(i: number, j: number): number {
    const russian = endsOneUnitParagraph(this.ruSide, i);
    const english = endsOneUnitParagraph(this.enSide, j);
    return russian === english ? NEITHER_SIDE : russian ? RUSSIAN_SIDE : ENGLISH_SIDE;
  }

  /**
   * Where the last `paragraphs` paragraphs of the text opposite a part step's one-sentence
   * paragraph (side `single`) start, counting back from (i, j).
   */
  runParagraphStart(i: number, j: number, single: number, paragraphs: number): number {
    return this.startBefore(this.runSide(single), single === RUSSIAN_SIDE ? j : i, paragraphs);
  }

  /** Whether position k of the text opposite a part step's one-sentence paragraph (side `single`) starts a paragraph. */
  runStartsParagraph(single: number, k: number): boolean {
    return this.runSide(single).boundary[k] === 1;
  }

  /** Paragraph boundaries inside [start, end) of the text opposite a part step's one-sentence paragraph (side `single`). */
  runCrossings(single: number, start: number, end: number): number {
    return crossings(this.runSide(single).boundaryCount, start, end);
  }

  /** The tables of the text opposite a part step's one-sentence paragraph (side `single`). */
  private runSide(single: number): SideTables {
    return single === RUSSIAN_SIDE ? this.enSide : this.ruSide;
  }

  /** Whether (i, j) is a paragraph boundary of both texts. */
  endsParagraphs(i: number, j: number): boolean {
    return this.ruSide.boundary[i] === 1 && this.enSide.boundary[j] === 1;
  }

  /**
   * Whether the run of a part step [i0, i) × [j0, j), its one-sentence paragraph on side
   * `single`, is longer than that sentence translates by PART_STEP_MAX_LENGTH_COST: any longer run is too.
   */
  runOutgrowsSentence(i0: number, i: number, j0: number, j: number, single: number): boolean {
    const ruLength = this.ruSide.length[i] - this.ruSide.length[i0];
    const enLength = this.enSide.length[j] - this.enSide.length[j0];
    const runLonger = single === RUSSIAN_SIDE ? enLength > ruLength * this.parameters.ratio : ruLength * this.parameters.ratio > enLength;
    return runLonger && lengthCost(ruLength, enLength, this.parameters.ratio, this.parameters.variance) > PART_STEP_MAX_LENGTH_COST;
  }

  /** Whether the Russian paragraph ending at position i is one unit: it is then the single side of a paragraph step. */
  private singleRussianParagraph(i: number): boolean {
    return i - this.ruSide.paragraphStart[i] === 1;
  }

  /** The start of the last `paragraphs` paragraphs ending at position k of a side (its start, 0, if it has fewer). */
  private startBefore(side: SideTables, k: number, paragraphs: number): number {
    let start = k;
    for (let count = 0; count < paragraphs && start > 0; count++) start = side.paragraphStart[start];
    return start;
  }

  /**
   * The structure cost of a 1:0 or 0:1 step ending at (iEnd, jEnd) over `letters` letters: its
   * prior, its letters and the paragraph terms (one unit crosses no boundary; no lengths to weigh).
   */
  gapCost(iEnd: number, jEnd: number, shape: BeadShape, letters: number): number {
    return shape.cost + UNPAIRED_LETTER_COST * letters + this.endTerms(iEnd, jEnd);
  }

  /**
   * The paragraph terms of a step ending at (iEnd, jEnd): the reward or price of where it ends,
   * or Infinity where a paragraph pinned as unpaired would not be a bead of its own (the other
   * text must be between paragraphs around it).
   */
  private endTerms(iEnd: number, jEnd: number): number {
    if (!this.mayEndAt(iEnd, jEnd)) return Infinity;
    const ends = this.ruSide.boundary[iEnd] + this.enSide.boundary[jEnd];
    return ends === 2 ? PARAGRAPH_TERMS.bothBoundaries : ends === 1 ? PARAGRAPH_TERMS.oneBoundary : 0;
  }

  /** False where a step may not end: a paragraph pinned as unpaired would not be a bead of its own. */
  mayEndAt(iEnd: number, jEnd: number): boolean {
    return !((this.ruSide.boundaryRequired[iEnd] && !this.enSide.boundary[jEnd]) || (this.enSide.boundaryRequired[jEnd] && !this.ruSide.boundary[iEnd]));
  }

  /**
   * Whether a one-sided step ending at (iEnd, jEnd) lies where the other text has not started or
   * has ended, for texts of which one may translate only a part of the other (`CostParameters.partial`).
   */
  beyondOtherText(iEnd: number, jEnd: number, shape: BeadShape): boolean {
    const partial = this.parameters.partial;
    if (partial === 'ru') return shape.en === 0 && (jEnd === 0 || jEnd === this.en.length);
    if (partial === 'en') return shape.ru === 0 && (iEnd === 0 || iEnd === this.ru.length);
    return false;
  }

  /** Letters of Russian units [i, iEnd) and English units [j, jEnd) together. */
  letters(i: number, iEnd: number, j: number, jEnd: number): number {
    return this.ruSide.length[iEnd] - this.ruSide.length[i] + this.enSide.length[jEnd] - this.enSide.length[j];
  }

  /** Whether a 1:0 or 0:1 step from (i, j) starts inside the paragraph the previous unit of its side belongs to. */
  insideParagraph(i: number, j: number, shape: BeadShape): boolean {
    return shape.ru === 0 ? this.enSide.boundary[j] === 0 : this.ruSide.boundary[i] === 0;
  }

  /**
   * The most the anchors of a step can take off its cost (a bound on −evidenceCost). A matched
   * pair has one key, so one kind and one weight, on both sides: the matched weight is at most
   * the lighter side's total. In a two-sided step each side's anchors left unmatched cost their
   * miss cost, so at least the difference between the two sides' miss costs is paid.
   */
  maxBonus(i: number, iEnd: number, j: number, jEnd: number): number {
    const ruWeight = this.ruSide.weight[iEnd] - this.ruSide.weight[i];
    const enWeight = this.enSide.weight[jEnd] - this.enSide.weight[j];
    let bound = ruWeight < enWeight ? ruWeight : enWeight;
    if (iEnd > i && jEnd > j) bound -= Math.abs(this.ruSide.missCost[iEnd] - this.ruSide.missCost[i] - (this.enSide.missCost[jEnd] - this.enSide.missCost[j]));
    return bound;
  }

  /** Gain of Russian unit `a`'s anchors, all matched: their weight and their miss costs on both sides. */
  ruGain(a: number): number {
    return unitGain(this.ruSide, a);
  }

  /** Gain of English unit `b`'s anchors, all matched (see `ruGain`). */
  enGain(b: number): number {
    return unitGain(this.enSide, b);
  }

  /** Miss costs of the anchors of Russian units [i, iEnd) and English units [j, jEnd) together. */
  missCosts(i: number, iEnd: number, j: number, jEnd: number): number {
    return this.ruSide.missCost[iEnd] - this.ruSide.missCost[i] + this.enSide.missCost[jEnd] - this.enSide.missCost[j];
  }

  /** Anchors: matched ones lower the cost, unmatched ones in a two-sided step raise it. */
  evidenceCost(i: number, iEnd: number, j: number, jEnd: number): number {
    this.matchedWeight = this.matchWeight(i, iEnd, j, jEnd);
    let total = -this.matchedWeight;
    if (iEnd > i && jEnd > j) {
      // Anchors on either side that found no partner; a matched pair removes its cost from both sides.
      total += this.missCosts(i, iEnd, j, jEnd) - 2 * this.matchedMissCost;
    }
    return total;
  }

  /**
   * Total weight of the Russian anchors in [i, iEnd) that find an English partner in [j, jEnd),
   * each English anchor used once. English anchors have one key, so the English side is counted
   * into a key-indexed array; a stamp per call stands in for clearing it. O(anchors) per call.
   * When `matched` is given, the flat indices of the matched Russian anchors are added to it, so
   * that --explain lists exactly the anchors the cost counted.
   */
  private matchWeight(i: number, iEnd: number, j: number, jEnd: number, matched?: number[]): number {
    this.matchedMissCost = 0;
    this.presentGain = 0;
    const ru = this.ruSide.flat;
    const en = this.enSide.flat;
    if (ru.unitStart[iEnd] === ru.unitStart[i] || en.unitStart[jEnd] === en.unitStart[j]) return 0;
    const stamp = ++this.stamp;
    for (let a = en.unitStart[j]; a < en.unitStart[jEnd]; a++) {
      const key = en.keys[en.keyStart[a]];
      if (this.keyStamp[key] !== stamp) { this.keyStamp[key] = stamp; this.keyCount[key] = 0; }
      this.keyCount[key]++;
    }
    let weight = 0;
    for (let a = ru.unitStart[i]; a < ru.unitStart[iEnd]; a++) {
      let present = false;
      for (let k = ru.keyStart[a]; k < ru.keyStart[a + 1]; k++) {
        const key = ru.keys[k];
        if (this.keyStamp[key] !== stamp) continue;
        present = true;
        if (this.keyCount[key] > 0) {
          this.keyCount[key]--;
          weight += ru.weight[a];
          this.matchedMissCost += ru.missCost[a];
          matched?.push(a);
          break;
        }
      }
      if (present) this.presentGain += ru.weight[a] + 2 * ru.missCost[a];
    }
    return weight;
  }

  /** The Russian anchors of a step that found a partner, for --explain. */
  matchedAnchors(i: number, iEnd: number, j: number, jEnd: number): Anchor[] {
    const matched: number[] = [];
    this.matchWeight(i, iEnd, j, jEnd, matched);
    const anchors = this.ru.slice(i, iEnd).flatMap((unit) => unit.anchors);
    const first = this.ruSide.flat.unitStart[i];
    return matched.map((a) => anchors[a - first]);
  }
}

/** Anchors of a sequence of units in flat typed arrays: anchors of unit u are unitStart[u] … unitStart[u + 1] − 1. */
interface FlatAnchors {
  unitStart: Int32Array;
  keyStart: Int32Array;
  keys: Int32Array;
  weight: Float64Array;
  missCost: Float64Array;
}

/**
 * What the step costs read of one side, position by position (position k lies between unit
 * k − 1 and unit k): prefix sums, so that a step's total is a difference, and the anchors flat.
 * Built in one pass over the units and their anchors: the coster is built for every level of the
 * coarse-to-fine search and for both passes, on units carrying dozens of lexical anchors each.
 */
interface SideTables {
  /** Prefix sums of letters. */
  length: Float64Array;
  /** 1 where position k is a paragraph boundary (the text's start and end included). */
  boundary: Uint8Array;
  /** Prefix sums of `boundary`. */
  boundaryCount: Float64Array;
  /** Prefix sums of anchor weights and of anchor miss costs. */
  weight: Float64Array;
  missCost: Float64Array;
  /** Prefix counts of units pinned as unpaired. */
  unpaired: Float64Array;
  /** 1 where position k is the start or end of a paragraph pinned as unpaired. */
  boundaryRequired: Uint8Array;
  /** For a position k > 0, the position where the paragraph holding unit k − 1 starts. */
  paragraphStart: Int32Array;
  flat: FlatAnchors;
}

function sideTables(units: AlignmentUnit[]): SideTables {
  const n = units.length;
  let anchorCount = 0;
  let keyCount = 0;
  for (const unit of units) {
    anchorCount += unit.anchors.length;
    for (const anchor of unit.anchors) keyCount += anchor.keys.length;
  }
  const tables: SideTables = {
    length: new Float64Array(n + 1), boundary: new Uint8Array(n + 1), boundaryCount: new Float64Array(n + 2),
    weight: new Float64Array(n + 1), missCost: new Float64Array(n + 1), unpaired: new Float64Array(n + 1), boundaryRequired: new Uint8Array(n + 1),
    paragraphStart: new Int32Array(n + 1),
    flat: {
      unitStart: new Int32Array(n + 1), keyStart: new Int32Array(anchorCount + 1), keys: new Int32Array(keyCount),
      weight: new Float64Array(anchorCount), missCost: new Float64Array(anchorCount),
    },
  };
  const { flat } = tables;
  let a = 0;
  let k = 0;
  for (let u = 0; u < n; u++) {
    const unit = units[u];
    let weight = 0;
    let missCost = 0;
    for (const anchor of unit.anchors) {
      weight += anchor.weight;
      missCost += anchor.missCost;
      flat.weight[a] = anchor.weight;
      flat.missCost[a] = anchor.missCost;
      for (const key of anchor.keys) flat.keys[k++] = key;
      flat.keyStart[++a] = k;
    }
    flat.unitStart[u + 1] = a;
    tables.length[u + 1] = tables.length[u] + unit.length;
    tables.weight[u + 1] = tables.weight[u] + weight;
    tables.missCost[u + 1] = tables.missCost[u] + missCost;
    tables.unpaired[u + 1] = tables.unpaired[u] + (unit.unpaired ? 1 : 0);
    tables.boundary[u] = u === 0 || units[u - 1].paragraph !== unit.paragraph ? 1 : 0;
    if (unit.unpaired) {
      if (u === 0 || !units[u - 1].unpaired || units[u - 1].paragraph !== unit.paragraph) tables.boundaryRequired[u] = 1;
      if (u === n - 1 || !units[u + 1].unpaired || units[u + 1].paragraph !== unit.paragraph) tables.boundaryRequired[u + 1] = 1;
    }
  }
  tables.boundary[n] = 1;
  for (let position = 0; position <= n; position++) tables.boundaryCount[position + 1] = tables.boundaryCount[position] + tables.boundary[position];
  for (let position = 1; position <= n; position++) tables.paragraphStart[position] = tables.boundary[position - 1] ? position - 1 : tables.paragraphStart[position - 1];
  return tables;
}

/** Whether position k of a side ends a paragraph of one unit. */
function endsOneUnitParagraph(side: SideTables, k: number): boolean {
  return side.boundary[k] === 1 && k - side.paragraphStart[k] === 1;
}

/** Weight plus twice the miss cost of unit `u`'s anchors: what they take off a step's cost when all are matched. */
function unitGain(side: SideTables, u: number): number {
  return side.weight[u + 1] - side.weight[u] + 2 * (side.missCost[u + 1] - side.missCost[u]);
}

/** Paragraph boundaries strictly inside the span [start, end). counts is the prefix sum of boundary[]. */
function crossings(counts: ArrayLike<number>, start: number, end: number): number {
  return end - start >= 2 ? counts[end] - counts[start + 1] : 0;
}
