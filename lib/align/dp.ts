/**
 * Sentence alignment by dynamic programming over a band: cost → fill → traceback.
 *
 * Table convention: cell (i, j) holds the cheapest alignment of the first i Russian units with
 * the first j English units. Cell (0, 0) costs 0. A step of shape (a, b) goes from (i − a, j − b)
 * to (i, j) and pairs Russian units i − a … i − 1 with English units j − b … j − 1.
 *
 * Band: row i keeps only the columns within `halfWidth` of the diagonal j = i · m / n, so time
 * and memory grow with n · halfWidth, linearly in the length of the text. When the best path runs
 * along the edge of the band (a long omission pushes it off the diagonal), the band is doubled
 * and the table filled again, up to the whole table.
 */
import type { Anchor, AlignmentUnit } from './units';
import { BEAD_SHAPES, type BeadShape } from './shapes';
import { lengthCost, LENGTH_VARIANCE } from './length-cost';

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
 * Cost per letter of text left unpaired (a 1:0 or 0:1 step), on top of the shape prior. The
 * Gale–Church term would charge about 1/s² ≈ 0.15 per letter, so that merging an added
 * sentence into its neighbour is almost always cheaper than admitting the addition; a
 * geometric length model with a mean sentence of ~100 letters charges a few hundredths.
 */
export const UNPAIRED_LETTER_COST = 0.02;

/** Band half-width the first fill uses, in units. Wide enough for the drift of ordinary translations. */
export const INITIAL_BAND_HALF_WIDTH = 32;

/** One step of the sentence alignment. */
export interface SentenceBead {
  ruStart: number;
  ruEnd: number;
  enStart: number;
  enEnd: number;
  cost: number;
  /** Russian anchors matched in the English side of the step. */
  matched: Anchor[];
}

/** Parameters of the cost model, estimated per document. */
export interface CostParameters {
  /** English length per Russian length. */
  ratio: number;
  /** Variance of the length difference per character. */
  variance: number;
}

/** Length ratio of a document: total English length over total Russian length. */
export function estimateParameters(ru: AlignmentUnit[], en: AlignmentUnit[]): CostParameters {
  const ruTotal = ru.reduce((sum, unit) => sum + unit.length, 0);
  const enTotal = en.reduce((sum, unit) => sum + unit.length, 0);
  return { ratio: ruTotal > 0 && enTotal > 0 ? enTotal / ruTotal : 1, variance: LENGTH_VARIANCE };
}

/** Align two sequences of units; the steps cover both sequences once, in order. */
export function alignUnits(ru: AlignmentUnit[], en: AlignmentUnit[], parameters: CostParameters): SentenceBead[] {
  const coster = new StepCoster(ru, en, parameters);
  const n = ru.length;
  const m = en.length;
  for (let halfWidth = INITIAL_BAND_HALF_WIDTH; ; halfWidth *= 2) {
    const band = new Band(n, m, halfWidth);
    const table = fill(band, coster);
    const path = traceback(band, table, coster);
    if (path && (band.coversAll || !path.touchesEdge)) return path.beads;
  }
}

/** The columns each row keeps. */
class Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly rowStart: Int32Array;
  readonly size: number;
  readonly coversAll: boolean;

  constructor(readonly n: number, readonly m: number, halfWidth: number) {
    this.lo = new Int32Array(n + 1);
    this.hi = new Int32Array(n + 1);
    this.rowStart = new Int32Array(n + 2);
    this.coversAll = halfWidth >= m;
    for (let i = 0; i <= n; i++) {
      const centre = n === 0 ? 0 : Math.round((i * m) / n);
      this.lo[i] = Math.max(0, centre - halfWidth);
      this.hi[i] = Math.min(m, centre + halfWidth);
      this.rowStart[i + 1] = this.rowStart[i] + this.hi[i] - this.lo[i] + 1;
    }
    this.size = this.rowStart[n + 1];
  }

  /** Index of cell (i, j) in the flat arrays, or −1 outside the band. */
  cell(i: number, j: number): number {
    if (i < 0 || j < this.lo[i] || j > this.hi[i]) return -1;
    return this.rowStart[i] + j - this.lo[i];
  }
}

interface Table {
  cost: Float64Array;
  /** Index into BEAD_SHAPES of the step that reached the cell; 255 for none. */
  step: Uint8Array;
}

const NO_STEP = 255;

function fill(band: Band, coster: StepCoster): Table {
  const cost = new Float64Array(band.size).fill(Infinity);
  const step = new Uint8Array(band.size).fill(NO_STEP);
  cost[band.cell(0, 0)] = 0;
  for (let i = 0; i <= band.n; i++) {
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      const here = band.cell(i, j);
      for (let s = 0; s < BEAD_SHAPES.length; s++) {
        const shape = BEAD_SHAPES[s];
        const from = band.cell(i - shape.ru, j - shape.en);
        if (from < 0 || j - shape.en < 0 || cost[from] === Infinity) continue;
        const total = cost[from] + coster.cost(i - shape.ru, j - shape.en, shape);
        if (total < cost[here]) {
          cost[here] = total;
          step[here] = s;
        }
      }
    }
  }
  return { cost, step };
}

function traceback(band: Band, table: Table, coster: StepCoster): { beads: SentenceBead[]; touchesEdge: boolean } | undefined {
  const beads: SentenceBead[] = [];
  let touchesEdge = false;
  let i = band.n;
  let j = band.m;
  if (table.cost[band.cell(i, j)] === Infinity) return undefined;
  while (i > 0 || j > 0) {
    const here = band.cell(i, j);
    if ((j === band.lo[i] && j > 0) || (j === band.hi[i] && j < band.m)) touchesEdge = true;
    const shape = BEAD_SHAPES[table.step[here]];
    const ruStart = i - shape.ru;
    const enStart = j - shape.en;
    beads.push({
      ruStart, ruEnd: i, enStart, enEnd: j,
      cost: table.cost[here] - table.cost[band.cell(ruStart, enStart)],
      matched: coster.matchedAnchors(ruStart, i, enStart, j),
    });
    i = ruStart;
    j = enStart;
  }
  return { beads: beads.reverse(), touchesEdge };
}

/** The cost of one step: shape prior + length + paragraph structure − matched anchors. */
class StepCoster {
  private readonly ruLength: Float64Array;
  private readonly enLength: Float64Array;
  private readonly ruBoundary: Uint8Array;
  private readonly enBoundary: Uint8Array;
  private readonly ruBoundaryCount: Float64Array;
  private readonly enBoundaryCount: Float64Array;
  /** Prefix counts of anchors, to skip spans without any. */
  private readonly ruAnchors: Float64Array;
  private readonly enAnchors: Float64Array;
  /** Prefix sums of anchor miss costs. */
  private readonly ruMissCost: Float64Array;
  private readonly enMissCost: Float64Array;
  /** Miss costs of the Russian anchors matched by the last `matchWeight` call. */
  private matchedMissCost = 0;
  private readonly keyStamp: Int32Array;
  private readonly keyCount: Int32Array;
  private stamp = 0;

  constructor(private readonly ru: AlignmentUnit[], private readonly en: AlignmentUnit[], private readonly parameters: CostParameters) {
    this.ruLength = prefixSums(ru.map((unit) => unit.length));
    this.enLength = prefixSums(en.map((unit) => unit.length));
    this.ruBoundary = boundaries(ru);
    this.enBoundary = boundaries(en);
    this.ruBoundaryCount = prefixSums(Array.from(this.ruBoundary));
    this.enBoundaryCount = prefixSums(Array.from(this.enBoundary));
    this.ruAnchors = prefixSums(ru.map((unit) => unit.anchors.length));
    this.enAnchors = prefixSums(en.map((unit) => unit.anchors.length));
    this.ruMissCost = prefixSums(ru.map((unit) => unit.anchors.reduce((sum, anchor) => sum + anchor.missCost, 0)));
    this.enMissCost = prefixSums(en.map((unit) => unit.anchors.reduce((sum, anchor) => sum + anchor.missCost, 0)));
    let keyCount = 1;
    for (const unit of [...ru, ...en]) for (const anchor of unit.anchors) for (const key of anchor.keys) keyCount = Math.max(keyCount, key + 1);
    this.keyStamp = new Int32Array(keyCount);
    this.keyCount = new Int32Array(keyCount);
  }

  /** Cost of pairing Russian units [i, i + shape.ru) with English units [j, j + shape.en). */
  cost(i: number, j: number, shape: BeadShape): number {
    const iEnd = i + shape.ru;
    const jEnd = j + shape.en;
    const ruLength = this.ruLength[iEnd] - this.ruLength[i];
    const enLength = this.enLength[jEnd] - this.enLength[j];
    let total = shape.cost + (shape.ru === 0 || shape.en === 0
      ? UNPAIRED_LETTER_COST * (ruLength + enLength)
      : lengthCost(ruLength, enLength, this.parameters.ratio, this.parameters.variance));
    const ends = this.ruBoundary[iEnd] + this.enBoundary[jEnd];
    total += ends === 2 ? PARAGRAPH_TERMS.bothBoundaries : ends === 1 ? PARAGRAPH_TERMS.oneBoundary : 0;
    const crossed = crossings(this.ruBoundaryCount, i, iEnd) + crossings(this.enBoundaryCount, j, jEnd);
    total += crossed * PARAGRAPH_TERMS.crossedBoundary;
    total -= this.matchWeight(i, iEnd, j, jEnd);
    if (shape.ru > 0 && shape.en > 0) {
      // Anchors on either side that found no partner; a matched pair removes its cost from both sides.
      const missCost = this.ruMissCost[iEnd] - this.ruMissCost[i] + this.enMissCost[jEnd] - this.enMissCost[j];
      total += missCost - 2 * this.matchedMissCost;
    }
    return total;
  }

  /**
   * Total weight of the Russian anchors in [i, iEnd) that find an English partner in [j, jEnd),
   * each English anchor used once. English anchors have one key, so the English side is counted
   * into a key-indexed array; a stamp per call stands in for clearing it. O(anchors) per call.
   */
  private matchWeight(i: number, iEnd: number, j: number, jEnd: number): number {
    this.matchedMissCost = 0;
    if (this.ruAnchors[iEnd] === this.ruAnchors[i] || this.enAnchors[jEnd] === this.enAnchors[j]) return 0;
    const stamp = ++this.stamp;
    for (let e = j; e < jEnd; e++) {
      for (const anchor of this.en[e].anchors) {
        const key = anchor.keys[0];
        if (this.keyStamp[key] !== stamp) { this.keyStamp[key] = stamp; this.keyCount[key] = 0; }
        this.keyCount[key]++;
      }
    }
    let weight = 0;
    for (let r = i; r < iEnd; r++) {
      for (const anchor of this.ru[r].anchors) {
        for (const key of anchor.keys) {
          if (this.keyStamp[key] === stamp && this.keyCount[key] > 0) {
            this.keyCount[key]--;
            weight += anchor.weight;
            this.matchedMissCost += anchor.missCost;
            break;
          }
        }
      }
    }
    return weight;
  }

  /** The Russian anchors of a step that found a partner, for --explain. */
  matchedAnchors(i: number, iEnd: number, j: number, jEnd: number): Anchor[] {
    return matchAnchors(this.ru, i, iEnd, this.en, j, jEnd);
  }
}

/** sums[k] = values[0] + … + values[k − 1]. */
function prefixSums(values: number[]): Float64Array {
  const sums = new Float64Array(values.length + 1);
  values.forEach((value, k) => { sums[k + 1] = sums[k] + value; });
  return sums;
}

/** boundary[k] = 1 when position k (between unit k − 1 and unit k) is a paragraph boundary. */
function boundaries(units: AlignmentUnit[]): Uint8Array {
  const boundary = new Uint8Array(units.length + 1);
  for (let k = 0; k <= units.length; k++) {
    boundary[k] = k === 0 || k === units.length || units[k - 1].paragraph !== units[k].paragraph ? 1 : 0;
  }
  return boundary;
}

/** Paragraph boundaries strictly inside the span [start, end). counts is the prefix sum of boundary[]. */
function crossings(counts: ArrayLike<number>, start: number, end: number): number {
  return end - start >= 2 ? counts[end] - counts[start + 1] : 0;
}

/** Russian anchors of units [i, iEnd) paired one-to-one with English anchors of [j, jEnd) sharing a key. */
function matchAnchors(ru: AlignmentUnit[], i: number, iEnd: number, en: AlignmentUnit[], j: number, jEnd: number): Anchor[] {
  const matched: Anchor[] = [];
  const available = en.slice(j, jEnd).flatMap((unit) => unit.anchors);
  for (let r = i; r < iEnd; r++) {
    for (const anchor of ru[r].anchors) {
      const partner = available.findIndex((candidate) => anchor.keys.includes(candidate.keys[0]));
      if (partner < 0) continue;
      available.splice(partner, 1);
      matched.push(anchor);
    }
  }
  return matched;
}
