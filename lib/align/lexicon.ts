/**
 * A word-translation lexicon learnt from the document itself, in the manner of Moore (2002),
 * "Fast and accurate sentence alignment of bilingual corpora": a first, length-and-anchor pass
 * aligns the sentences; word stems that keep turning up on both sides of its steps are paired;
 * the pairs become anchors for a second pass. No dictionary is shipped, so this works for any
 * subject matter, and the lexicon fits the translator's own vocabulary.
 *
 * Association is the Dice coefficient over steps, 2·c(r,e) / (c(r) + c(e)); pairs are chosen by
 * competitive linking (Melamed 2000): strongest first, each stem used once on each side.
 */
import type { SentenceBead } from './dp';
import type { Anchor, AlignmentUnit, KeyTable } from './units';

/**
 * A pair must co-occur in at least this many steps: one co-occurrence is chance, and short
 * documents (a telegram of thirty paragraphs) then learn nothing rather than noise.
 */
export const MIN_COOCCURRENCE = 3;
/** Weakest association kept. Below it, pairs are mostly frequent words that co-occur by chance. */
export const MIN_DICE = 0.35;
/** Most training steps counted; longer texts are sampled evenly. */
export const MAX_TRAINING_STEPS = 3000;
/** Stems found in more than this share of the training steps are function words, left out. */
export const MAX_STEM_SHARE = 0.25;
/** Steps whose cost is above this quantile of the first pass are left out of training: likely errors. */
export const TRAINING_COST_QUANTILE = 0.8;

/** Russian stem id → English stem id and the strength of the pair. */
export type Lexicon = Map<number, { en: number; dice: number }>;

/**
 * A lexicon that outlives the alignment it was learnt in: Russian word prefix → English word
 * prefix and the strength of the pair. The checks learn one from a document's beads and hand it
 * to the sentence alignment inside each bead, which is too short to learn anything itself.
 */
export type WordLexicon = Map<string, { en: string; dice: number }>;

/** A lexicon in the words of its stem tables. */
export function lexiconWords(lexicon: Lexicon, ruStems: KeyTable, enStems: KeyTable): WordLexicon {
  return new Map([...lexicon].map(([ru, { en, dice }]) => [ruStems.key(ru), { en: enStems.key(en), dice }]));
}

/** A word lexicon in the ids of these stem tables. */
export function lexiconIds(words: WordLexicon, ruStems: KeyTable, enStems: KeyTable): Lexicon {
  return new Map([...words].map(([ru, { en, dice }]) => [ruStems.id(ru), { en: enStems.id(en), dice }]));
}

/** Learn a lexicon from the steps of a first alignment pass. */
export function learnLexicon(ru: AlignmentUnit[], en: AlignmentUnit[], steps: SentenceBead[]): Lexicon {
  const paired = steps.filter((step) => step.ruEnd > step.ruStart && step.enEnd > step.enStart);
  const costs = paired.map((step) => step.cost).sort((a, b) => a - b);
  const limit = costs[Math.floor((costs.length - 1) * TRAINING_COST_QUANTILE)] ?? Infinity;
  const confident = paired.filter((step) => step.cost <= limit);
  // Word statistics settle after a few thousand steps; a book need not count all of its own.
  const stride = Math.max(1, Math.ceil(confident.length / MAX_TRAINING_STEPS));
  const training = confident.filter((_, index) => index % stride === 0)
    .map((step) => ({ ru: stemSet(ru, step.ruStart, step.ruEnd), en: stemSet(en, step.enStart, step.enEnd) }));
  const ruCount = countStems(training.map((pair) => pair.ru));
  const enCount = countStems(training.map((pair) => pair.en));
  // Rare stems cannot reach MIN_COOCCURRENCE; stems in most steps (и, the) tell steps apart poorly.
  const maxCount = Math.max(MIN_COOCCURRENCE, training.length * MAX_STEM_SHARE);
  const useful = (counts: Map<number, number>) => (stem: number) => {
    const count = counts.get(stem)!;
    return count >= MIN_COOCCURRENCE && count <= maxCount;
  };
  let enStems = 1;
  for (const unit of en) for (const stem of unit.stems) enStems = Math.max(enStems, stem + 1);
  // Co-occurrences counted a Russian stem at a time in an array over the English stems: a book's
  // million stem pairs were otherwise a million updates of a hash map.
  const usefulRu = useful(ruCount);
  const usefulEn = useful(enCount);
  const englishOf = training.map((pair) => [...pair.en].filter(usefulEn));
  const stepsOf = new Map<number, number[]>();
  training.forEach((pair, step) => {
    for (const r of pair.ru) {
      if (!usefulRu(r)) continue;
      const steps = stepsOf.get(r);
      if (steps) steps.push(step);
      else stepsOf.set(r, [step]);
    }
  });
  const pairCount = new Int32Array(enStems);
  const seen: number[] = [];
  const candidates: Array<{ ru: number; en: number; dice: number }> = [];
  for (const [r, steps] of stepsOf) {
    for (const step of steps) {
      for (const e of englishOf[step]) if (pairCount[e]++ === 0) seen.push(e);
    }
    for (const e of seen) {
      const count = pairCount[e];
      pairCount[e] = 0;
      if (count < MIN_COOCCURRENCE) continue;
      const dice = (2 * count) / (ruCount.get(r)! + enCount.get(e)!);
      if (dice >= MIN_DICE) candidates.push({ ru: r, en: e, dice });
    }
    seen.length = 0;
  }
  candidates.sort((a, b) => b.dice - a.dice || a.ru - b.ru || a.en - b.en);
  const lexicon: Lexicon = new Map();
  const linkedEnglish = new Set<number>();
  for (const candidate of candidates) {
    if (lexicon.has(candidate.ru) || linkedEnglish.has(candidate.en)) continue;
    lexicon.set(candidate.ru, { en: candidate.en, dice: candidate.dice });
    linkedEnglish.add(candidate.en);
  }
  return lexicon;
}

function countStems(sets: Array<Set<number>>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const set of sets) for (const stem of set) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return counts;
}

function stemSet(units: AlignmentUnit[], start: number, end: number): Set<number> {
  const stems = new Set<number>();
  for (let k = start; k < end; k++) for (const stem of units[k].stems) stems.add(stem);
  return stems;
}

/** Weight of a lexical anchor at full association; scaled by the pair's Dice coefficient. */
export const LEXICAL_WEIGHT = 1;

/**
 * Cost of each learnt word left without its partner in a step that pairs text on both sides: if
 * the Russian says ученик, the English it translates should say disciple. This is what tells an
 * added or dropped sentence from one merged into its neighbour. Translators paraphrase, so a word
 * without its partner is weak evidence: at 0.8 a long sentence with a few paraphrased words was
 * merged into its neighbour or split off. On the development cases (npm run bench:align) 0.3 to
 * 0.6 all gave a mean bead F1 of 0.9776–0.9779 against 0.9749 at 0.8 with six-letter words (john,
 * luke, matthew and the NT-sized pair better, no case worse), and 0.9801–0.9810 against 0.9699
 * with the five-letter words of WORD_PREFIX_LENGTH; 0.2 and below lost ii-corinthians. 0.4 sits
 * inside that range.
 */
export const LEXICAL_MISS = 0.4;

/**
 * The same cost where the sentences of one bead are paired with a document's word pairs (the
 * checks' sentence pairing, `AlignOptions.lexicon`). There the bead is known to correspond, and
 * the question is whether each sentence is translated at all: a word without its partner is what
 * shows a sentence left out. At 0.4 the planted-sentence recall of npm run bench:checks fell from
 * 110 to 106 of 119 (below its 90% target); at 0.8 it is 110, with 0.80 findings per 20 beads of
 * noise (target ≤ 1).
 */
export const SENTENCE_PAIRING_MISS = 0.8;

/**
 * Units with lexical anchors added for every stem the lexicon pairs, each missed at `missCost`
 * (LEXICAL_MISS or SENTENCE_PAIRING_MISS). The input units are not changed.
 */
export function withLexicalAnchors(
  ru: AlignmentUnit[], en: AlignmentUnit[], lexicon: Lexicon, keys: KeyTable, missCost: number,
): { ru: AlignmentUnit[]; en: AlignmentUnit[] } {
  const englishToRussian = new Map<number, number>();
  for (const [r, { en: e }] of lexicon) englishToRussian.set(e, r);
  // One anchor per word pair, shared by every unit that holds the word: anchors are never changed.
  const anchors = new Map<number, Anchor>();
  const anchor = (r: number): Anchor => {
    let made = anchors.get(r);
    if (!made) {
      made = { keys: [keys.id(`lex:${r}`)], weight: LEXICAL_WEIGHT * lexicon.get(r)!.dice, missCost, label: 'lexical' };
      anchors.set(r, made);
    }
    return made;
  };
  return {
    ru: ru.map((unit) => ({ ...unit, anchors: [...unit.anchors, ...unit.stems.filter((r) => lexicon.has(r)).map(anchor)] })),
    en: en.map((unit) => ({
      ...unit,
      anchors: [...unit.anchors, ...unit.stems.filter((e) => englishToRussian.has(e)).map((e) => anchor(englishToRussian.get(e)!))],
    })),
  };
}
