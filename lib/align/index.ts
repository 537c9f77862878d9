/**
 * Align stage: Russian and English paragraphs → beads.
 *
 * Paragraphs are cut into sentences; sentences are aligned by a banded dynamic programme whose
 * cost combines the Gale–Church length model, shape priors, paragraph structure and anchors
 * (numbers, dates, times, list markers, names across scripts); sentence steps are grouped into
 * paragraph beads of any n:m shape. Beads pinned by a person are kept, and the stretches between
 * them are aligned on their own.
 */
import type { Bead, Pin } from '../types';
import { alignAnywhere, alignUnits, estimateParameters, PRIOR_LENGTH_RATIO, refineUnits, shrunkRatio, type CostParameters, type SentenceBead } from './dp';
import { judgeCoverage, pairedLetters, untranslatedEndsShare, type Coverage } from './coverage';
import { beadConfidences } from './confidence';
import { groupIntoParagraphBeads } from './group';
import { LEXICAL_MISS, learnLexicon, lexiconIds, lexiconWords, SENTENCE_PAIRING_MISS, withLexicalAnchors, type WordLexicon } from './lexicon';
import { pairSentences, type SentencePair } from './sentence-pairs';
import { buildUnits, KeyTable, LEXICON_WORD_LENGTH, WORD_PREFIX_LENGTH, type AlignmentUnit } from './units';

export { ANCHOR_WEIGHTS, wordStem } from './units';
export { PARAGRAPH_TERMS, INITIAL_BAND_HALF_WIDTH, PRIOR_LENGTH_RATIO, PRIOR_RATIO_LETTERS } from './dp';
export { BEAD_SHAPES } from './shapes';
export { LENGTH_VARIANCE, lengthCost } from './length-cost';
export { correspondenceWarning, LOW_CONFIDENCE } from './confidence';
export type { WordLexicon } from './lexicon';
export type { SentencePair, SentencePlace } from './sentence-pairs';

/** Why the aligner made a bead, for `--explain` and the reader. */
export interface BeadEvidence {
  /** True for a bead fixed in alignment.yml. */
  pinned: boolean;
  /** The aligner's total cost for the bead (0 for pinned n:m beads). */
  cost: number;
  /** Letters and digits outside brackets, per side. */
  ruLength: number;
  enLength: number;
  /** English length the document's ratio predicts for the Russian side. */
  expectedEnLength: number;
  /** Anchors found on both sides, e.g. "n:65", "name:Мукдена", "t:1430". */
  anchors: string[];
  /** Sentence steps inside the bead, as "ru sentences:en sentences" ("1:2"). */
  steps: string[];
  /** How far the bead can be trusted, in [0, 1] (see `beadConfidences`); below LOW_CONFIDENCE it is worth a look. */
  confidence: number;
}

/** The beads of a document and the evidence for each. */
export interface Alignment {
  beads: Bead[];
  evidence: BeadEvidence[];
}

/** Options of `alignParagraphs`. */
export interface AlignOptions {
  /** Beads fixed by hand, 0-based, as read from alignment.yml. Default: none. */
  pins?: Pin[];
  /**
   * Word pairs to anchor on instead of learning them from these texts (see `learnWordLexicon`):
   * for texts too short to learn from, such as the sentences of one bead, where a word without
   * its partner counts for more (SENTENCE_PAIRING_MISS). Default: learnt.
   */
  lexicon?: WordLexicon;
}

/**
 * Align Russian paragraphs with English paragraphs. The beads cover every paragraph of both
 * sides exactly once, in order; pins must be valid (see `readPins`).
 */
export function alignParagraphs(ru: string[], en: string[], options: AlignOptions = {}): Alignment {
  const keys = new KeyTable();
  const ruStems = new KeyTable();
  const enStems = new KeyTable();
  const pins = options.pins ?? [];
  // A given lexicon's words are cut as `wordStem` cuts them; a lexicon learnt here is cut shorter (WORD_PREFIX_LENGTH).
  const prefixLength = options.lexicon ? LEXICON_WORD_LENGTH : WORD_PREFIX_LENGTH;
  const firstRu = markUnpaired(buildUnits(ru, 'ru', keys, ruStems, prefixLength), pins.filter((pin) => pin.en.length === 0).flatMap((pin) => pin.ru));
  const firstEn = markUnpaired(buildUnits(en, 'en', keys, enStems, prefixLength), pins.filter((pin) => pin.ru.length === 0).flatMap((pin) => pin.en));
  const parameters = estimateParameters(firstRu, firstEn);
  // Pins with both sides cut the texts into stretches aligned on their own; one-sided pins constrain the units.
  const sorted = pins.filter((pin) => pin.ru.length > 0 && pin.en.length > 0).sort((a, b) => a.ru[0] - b.ru[0]);
  const cut = (ruUnits: AlignmentUnit[], enUnits: AlignmentUnit[]) => stretchesBetween(sorted, ruUnits, enUnits, ru.length, en.length);
  if (options.lexicon) {
    const given = withLexicalAnchors(firstRu, firstEn, lexiconIds(options.lexicon, ruStems, enStems), keys, SENTENCE_PAIRING_MISS);
    return withConfidence(assemble(cut(given.ru, given.en), (stretch) => alignUnits(stretch.ru, stretch.en, parameters), parameters), parameters);
  }
  // The first pass only trains the lexicon and guides the second: its steps list no anchors and make no beads.
  const firstStretches = cut(firstRu, firstEn);
  let coverage = judgeCoverage(firstRu, firstEn, parameters.ratio);
  let first = firstPassOf(firstStretches, parameters, coverage);
  if (first.parameters.partial && untranslatedEndsShare(firstStretches[0], first.steps[0], first.parameters.partial) < MAX_UNPAIRED_SHARE_OF_WHOLE) {
    // Free to leave the longer text's ends out, the first pass paired nearly all of it: the texts
    // translate each other whole, and a second pass free to leave ends out could drop a stretch of
    // both (the median test reads a translation that cuts the original's sentences into many
    // short ones as a part: James with a third of its Russian paragraphs joined to the next read
    // 1.68 at a bound of 1.6, and lost its last seven paragraphs, bead F1 0.49 instead of 0.89).
    coverage = { ...coverage, verdict: 'whole' };
    first = firstPassOf(firstStretches, parameters, coverage);
  }
  const { parameters: firstParameters, steps: firstPass } = first;
  const secondParameters = coverage.verdict !== 'whole' ? { ...firstParameters, ratio: translatedRatio(firstStretches, firstPass, parameters.ratio) } : parameters;
  // Steps count units from their stretch's start; the lexicon reads the whole texts' units.
  const training = firstStretches.flatMap((stretch, index) => firstPass[index].map((step) => ({
    ...step, ruStart: step.ruStart + stretch.ruOffset, ruEnd: step.ruEnd + stretch.ruOffset,
    enStart: step.enStart + stretch.enOffset, enEnd: step.enEnd + stretch.enOffset,
  })));
  const lexicon = learnLexicon(firstRu, firstEn, training);
  const anchored = withLexicalAnchors(firstRu, firstEn, lexicon, keys, LEXICAL_MISS);
  // Where the first pass may have spread a part over the whole, the second searches the whole table again, with the word pairs.
  const secondPass = (stretch: Stretch, index: number) => (coverage.verdict === 'part' ? alignAnywhere(stretch.ru, stretch.en, secondParameters)
    : refineUnits(stretch.ru, stretch.en, secondParameters, firstPass[index]));
  return withConfidence(assemble(cut(anchored.ru, anchored.en), secondPass, secondParameters), secondParameters);
}

/** A first pass over the stretches: its costs, and the steps of each stretch. */
interface FirstPass {
  parameters: CostParameters;
  steps: SentenceBead[][];
}

/**
 * The first pass as the coverage asks: near the diagonal for whole translations, over the whole
 * table otherwise, with the longer text's ends left out cheaply for a part (`partialParameters`).
 * Its steps list no anchors: it only trains the lexicon and guides the second pass.
 */
function firstPassOf(stretches: Stretch[], parameters: CostParameters, coverage: Coverage): FirstPass {
  if (coverage.verdict === 'whole') return { parameters, steps: stretches.map((stretch) => alignUnits(stretch.ru, stretch.en, parameters, 'path only')) };
  const partial = partialParameters(parameters, coverage, stretches.length === 1);
  return { parameters: partial, steps: stretches.map((stretch) => alignAnywhere(stretch.ru, stretch.en, partial, 'path only')) };
}

/**
 * The costs of a first pass over texts of which one may translate only a part of the other
 * (`judgeCoverage`): the ratio of the shared anchors' chain, or else the prior, since the
 * whole texts' letters do not tell it; and where a part is likely, the ends of the longer text
 * left out cheaply (`CostParameters.partial`), unless pins cut the texts into stretches, whose
 * ends are the pins' and not the texts'.
 */
function partialParameters(parameters: CostParameters, coverage: Coverage, oneStretch: boolean): CostParameters {
  const ratio = coverage.anchoredRatio ?? PRIOR_LENGTH_RATIO;
  if (coverage.verdict !== 'part' || !oneStretch) return { ...parameters, ratio };
  // The English is shorter than this ratio makes it when it translates a part of the Russian.
  return { ...parameters, ratio, partial: parameters.ratio < ratio ? 'ru' : 'en' };
}

/**
 * Share of a side's letters that a first pass over whole translations leaves unpaired: at most
 * 8% on the development cases. Above it the texts are taken as a part and a whole, and the ratio
 * is read from the letters the first pass paired; below it at the ends of the longer text, where
 * a pass for a part could leave them out cheaply, the texts are taken whole after all.
 */
export const MAX_UNPAIRED_SHARE_OF_WHOLE = 0.15;

/**
 * The length ratio of the translated stretch after a first pass: the whole texts' (`wholeRatio`)
 * when the pass paired nearly all of both, else that of the letters it paired.
 */
function translatedRatio(stretches: Stretch[], passes: SentenceBead[][], wholeRatio: number): number {
  const paired = pairedLetters(stretches.map((stretch, index) => ({ ru: stretch.ru, en: stretch.en, steps: passes[index] })));
  if (Math.max(paired.ruUnpaired, paired.enUnpaired) < MAX_UNPAIRED_SHARE_OF_WHOLE) return wholeRatio;
  return shrunkRatio(paired.enPaired, paired.ruPaired);
}

/** The alignment with each bead's confidence filled in (it depends on the neighbours, so it comes last). */
function withConfidence(alignment: Alignment, parameters: CostParameters): Alignment {
  const confidences = beadConfidences(alignment.beads, alignment.evidence, parameters.variance, parameters.partial);
  alignment.evidence.forEach((evidence, index) => { evidence.confidence = confidences[index]; });
  return alignment;
}

/**
 * The word pairs a document's beads teach (Moore's lexicon, learnt from the paragraph beads of a
 * finished alignment rather than from a first pass): what the checks give the sentence
 * alignment inside each bead.
 */
export function learnWordLexicon(ru: string[], en: string[], beads: Bead[]): WordLexicon {
  const keys = new KeyTable();
  const ruStems = new KeyTable();
  const enStems = new KeyTable();
  const ruUnits = buildUnits(ru, 'ru', keys, ruStems, LEXICON_WORD_LENGTH);
  const enUnits = buildUnits(en, 'en', keys, enStems, LEXICON_WORD_LENGTH);
  const ruRanges = paragraphUnitRanges(ruUnits, ru.length);
  const enRanges = paragraphUnitRanges(enUnits, en.length);
  // Beads hold consecutive paragraphs, so a bead's units run from its first paragraph's to its last's.
  const steps: SentenceBead[] = beads.filter((bead) => bead.ru.length > 0 && bead.en.length > 0).map((bead) => ({
    ruStart: ruRanges[bead.ru[0]][0], ruEnd: ruRanges[bead.ru[bead.ru.length - 1]][1],
    enStart: enRanges[bead.en[0]][0], enEnd: enRanges[bead.en[bead.en.length - 1]][1],
    cost: 0, matched: [],
  }));
  return lexiconWords(learnLexicon(ruUnits, enUnits, steps), ruStems, enStems);
}

/** For each paragraph, the [start, end) of its units (units come in paragraph order, at least one per paragraph). */
function paragraphUnitRanges(units: AlignmentUnit[], paragraphs: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = Array.from({ length: paragraphs }, () => [0, 0]);
  units.forEach((unit, index) => {
    const range = ranges[unit.paragraph];
    if (range[1] === 0) range[0] = index;
    range[1] = index + 1;
  });
  return ranges;
}

/** The units of the text between two pins (or an end of the text), where they start in the whole text's units, and the pin after them (none for the last stretch). */
interface Stretch {
  ru: AlignmentUnit[];
  en: AlignmentUnit[];
  ruOffset: number;
  enOffset: number;
  pin?: Pin;
}

/** The texts cut at the pins with both sides: the stretches between them are aligned on their own. */
function stretchesBetween(pins: Pin[], ruUnits: AlignmentUnit[], enUnits: AlignmentUnit[], ruCount: number, enCount: number): Stretch[] {
  const stretches: Stretch[] = [];
  // Units come in paragraph order, so each stretch is one run of each text's units, found by
  // cursors that only move forward: one pass however many pins there are.
  const ru = { units: ruUnits, next: 0 };
  const en = { units: enUnits, next: 0 };
  let ruNext = 0;
  let enNext = 0;
  for (const pin of [...pins, undefined]) {
    const [ruOffset, ruStretch] = unitsOfParagraphs(ru, ruNext, pin ? pin.ru[0] : ruCount);
    const [enOffset, enStretch] = unitsOfParagraphs(en, enNext, pin ? pin.en[0] : enCount);
    stretches.push({ ru: ruStretch, en: enStretch, ruOffset, enOffset, pin });
    if (!pin) break;
    ruNext = pin.ru[pin.ru.length - 1] + 1;
    enNext = pin.en[pin.en.length - 1] + 1;
  }
  return stretches;
}

/** The units of paragraphs [start, end) from a cursor over units in paragraph order, and where they start; the cursor moves past them. */
function unitsOfParagraphs(cursor: { units: AlignmentUnit[]; next: number }, start: number, end: number): [number, AlignmentUnit[]] {
  const { units } = cursor;
  while (cursor.next < units.length && units[cursor.next].paragraph < start) cursor.next++;
  const offset = cursor.next;
  while (cursor.next < units.length && units[cursor.next].paragraph < end) cursor.next++;
  return [offset, units.slice(offset, cursor.next)];
}

/** The beads of each stretch, from the sentence steps `stepsOf` aligns it into, with the pins between them as they are. */
function assemble(stretches: Stretch[], stepsOf: (stretch: Stretch, index: number) => SentenceBead[], parameters: CostParameters): Alignment {
  const alignment: Alignment = { beads: [], evidence: [] };
  stretches.forEach((stretch, index) => {
    const steps = stepsOf(stretch, index);
    for (const bead of groupIntoParagraphBeads(steps, stretch.ru, stretch.en)) {
      alignment.beads.push({ ru: bead.ru, en: bead.en });
      alignment.evidence.push(evidenceOf(bead.steps, stretch.ru, stretch.en, parameters));
    }
    if (!stretch.pin) return;
    alignment.beads.push({ ru: [...stretch.pin.ru], en: [...stretch.pin.en] });
    alignment.evidence.push({ pinned: true, cost: 0, ruLength: 0, enLength: 0, expectedEnLength: 0, anchors: [], steps: [], confidence: 1 });
  });
  return alignment;
}

function markUnpaired(units: AlignmentUnit[], paragraphs: number[]): AlignmentUnit[] {
  const pinned = new Set(paragraphs);
  return pinned.size === 0 ? units : units.map((unit) => (pinned.has(unit.paragraph) ? { ...unit, unpaired: true } : unit));
}

function evidenceOf(steps: SentenceBead[], ru: AlignmentUnit[], en: AlignmentUnit[], parameters: CostParameters): BeadEvidence {
  const length = (units: AlignmentUnit[], start: number, end: number) => units.slice(start, end).reduce((sum, unit) => sum + unit.length, 0);
  const ruLength = steps.reduce((sum, step) => sum + length(ru, step.ruStart, step.ruEnd), 0);
  const enLength = steps.reduce((sum, step) => sum + length(en, step.enStart, step.enEnd), 0);
  const unpairedUnits = (units: AlignmentUnit[], start: number, end: number) => units.slice(start, end).every((unit) => unit.unpaired);
  return {
    pinned: steps.length > 0 && steps.every((step) => unpairedUnits(ru, step.ruStart, step.ruEnd) && unpairedUnits(en, step.enStart, step.enEnd)),
    cost: steps.reduce((sum, step) => sum + step.cost, 0),
    ruLength,
    enLength,
    expectedEnLength: Math.round(ruLength * parameters.ratio),
    anchors: steps.flatMap((step) => step.matched.map((anchor) => anchor.label)),
    steps: steps.map((step) => `${step.ruEnd - step.ruStart}:${step.enEnd - step.enStart}`),
    // Filled in once every bead is known (withConfidence).
    confidence: 1,
  };
}

/**
 * The sentences inside each bead paired across the languages (see `pairSentences`), aligned with
 * the document's word pairs (`learnWordLexicon`) when it has any.
 */
export function sentencePairs(ru: string[], en: string[], beads: Bead[], lexicon?: WordLexicon): SentencePair[][] {
  return pairSentences(ru, en, beads, (ruSentences, enSentences, words) => alignParagraphs(ruSentences, enSentences, words ? { lexicon: words } : {}).beads, lexicon);
}
