/**
 * Alignment cases for the benchmark: the development cases in `../shared/bench/align/`, the
 * bilingual telegram of the corpus with its gold written by hand, and a synthetic book-length
 * pair made by concatenating the development cases.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitPlainParagraphs } from '../../lib/text';
import type { Bead } from '../../lib/types';
import { beadsFromGold } from './score';

/** One case: paragraphs of both sides and the gold beads. */
export interface AlignmentCase {
  name: string;
  ru: string[];
  en: string[];
  gold: Bead[];
}

/** Benchmarks run from the repository root (npm scripts and jest both start there). */
const ROOT = process.cwd();
const SHARED_CASES = path.join(ROOT, '..', 'shared', 'bench', 'align');
const GOLD = path.join(ROOT, 'tests', 'bench', 'gold');
/** Cases kept in the repository for the unit tests, which must pass without `../shared`. */
const FIXTURE_CASES = path.join(ROOT, 'tests', 'fixtures', 'align');
const CORPUS_CASES = [{ slug: '1950-07-22-roshchin-to-filippov-22591', gold: path.join(GOLD, '1950-07-22-roshchin-to-filippov-22591.json') }];
/** Book length, in Russian paragraphs, of the synthetic pair the issue asks for. */
export const SYNTHETIC_PARAGRAPHS = 3000;

/** Paragraphs of a plain-text file, read the way `sverka align` reads its input. */
export function readParagraphs(file: string): string[] {
  return splitPlainParagraphs(readFileSync(file, 'utf8').replace(/\r\n?/g, '\n'));
}

/** The development cases, sorted by name; empty when `../shared` is not there. */
export function developmentCases(): AlignmentCase[] {
  if (!existsSync(SHARED_CASES)) return [];
  return readdirSync(SHARED_CASES).sort().map((name) => readCase(SHARED_CASES, name));
}

/** A case kept in `tests/fixtures/align/` (a copy of a development case or an excerpt of one), for the unit tests. */
export function fixtureCase(name: string): AlignmentCase {
  return readCase(FIXTURE_CASES, name);
}

/**
 * The first `paragraphs` Russian paragraphs of a case and the English up to the paragraph its
 * gold pairs with the last of them: both texts end together.
 */
export function openingOf(alignmentCase: AlignmentCase, paragraphs: number): { ru: string[]; en: string[] } {
  const lastEnglish = Math.max(...alignmentCase.gold.filter((bead) => bead.ru.some((index) => index < paragraphs)).flatMap((bead) => bead.en));
  return { ru: alignmentCase.ru.slice(0, paragraphs), en: alignmentCase.en.slice(0, lastEnglish + 1) };
}

/**
 * A short original whose translation covers only its middle, as archives translate a part of a
 * document: the first `paragraphs` Russian paragraphs of a case (`openingOf`) and the English of
 * their middle half (`excerptOf`), with the beads the gold implies.
 */
export function middleTranslated(alignmentCase: AlignmentCase, paragraphs: number): { ru: string[]; en: string[]; beads: Bead[] } {
  const opening = openingOf(alignmentCase, paragraphs);
  const gold = alignmentCase.gold.filter((bead) => bead.ru.every((index) => index < opening.ru.length) && bead.en.every((index) => index < opening.en.length));
  const quarter = Math.floor(opening.en.length / 4);
  return excerptOf({ name: `${alignmentCase.name} opening`, ...opening, gold }, 'en', quarter, opening.en.length - quarter);
}

/**
 * Kinds of appendix glued onto a last English paragraph (the robustness bench and tests): so many
 * sentences, each made from its index. Editors' notes of two lengths, and a run of short ones.
 */
export const APPENDIX_KINDS: ReadonlyArray<{ sentences: number; sentence: (index: number) => string }> = [
  { sentences: 200, sentence: (index) => `Appendix note ${index}: the editors record variant readings of this chapter in several manuscripts.` },
  { sentences: 100, sentence: (index) => `Note ${index}.` },
  { sentences: 300, sentence: (index) => `In manuscript ${index} the passage reads differently, and the editors discuss at length why the copyist may have changed it here.` },
];

/** The English paragraphs with an appendix of `kind` glued onto the last one. */
export function withAppendix(en: string[], kind: (typeof APPENDIX_KINDS)[number]): string[] {
  const appendix = Array.from({ length: kind.sentences }, (_, index) => kind.sentence(index)).join(' ');
  return [...en.slice(0, -1), `${en[en.length - 1]} ${appendix}`];
}

/**
 * Two texts with a passage left out of one of them: paragraphs [at, at + count) of `side` gone,
 * and what `beads` (an alignment of the whole texts) should become: the passage's counterparts
 * each a bead of their own, the paragraphs after it numbered down. Undefined when the passage
 * does not hold whole beads (part of a bead would be left out with it).
 */
export function withPassageLeftOut(texts: { ru: string[]; en: string[] }, beads: Bead[], side: 'ru' | 'en', at: number, count: number):
  { ru: string[]; en: string[]; beads: Bead[] } | undefined {
  const other = side === 'ru' ? 'en' : 'ru';
  const leftOut = (index: number) => index >= at && index < at + count;
  if (beads.some((bead) => bead[side].some(leftOut) && !bead[side].every(leftOut))) return undefined;
  const shift = (index: number) => (index >= at + count ? index - count : index);
  const expected = beads.flatMap((bead): Bead[] => (bead[side].some(leftOut)
    ? bead[other].map((index) => (side === 'ru' ? { ru: [], en: [index] } : { ru: [index], en: [] }))
    : [side === 'ru' ? { ru: bead.ru.map(shift), en: bead.en } : { ru: bead.ru, en: bead.en.map(shift) }]));
  const kept = texts[side].filter((_, index) => !leftOut(index));
  return side === 'ru' ? { ru: kept, en: texts.en, beads: expected } : { ru: texts.ru, en: kept, beads: expected };
}

/**
 * Russian paragraphs [start, start + paragraphs) of a case and the English its gold pairs with
 * them, with the gold beads that lie inside both, numbered from the window's start.
 */
export function windowOf(alignmentCase: AlignmentCase, start: number, paragraphs: number): { ru: string[]; en: string[]; beads: Bead[] } {
  const inRussian = (bead: Bead) => bead.ru.every((index) => index >= start && index < start + paragraphs);
  const english = alignmentCase.gold.filter((bead) => bead.ru.length > 0 && inRussian(bead)).flatMap((bead) => bead.en);
  const [enStart, enEnd] = [Math.min(...english), Math.max(...english) + 1];
  return {
    ru: alignmentCase.ru.slice(start, start + paragraphs),
    en: alignmentCase.en.slice(enStart, enEnd),
    beads: alignmentCase.gold.filter((bead) => inRussian(bead) && bead.en.every((index) => index >= enStart && index < enEnd))
      .map((bead) => ({ ru: bead.ru.map((index) => index - start), en: bead.en.map((index) => index - enStart) })),
  };
}

/** Sentence ends inside a paragraph (a full stop, question or exclamation mark, ellipsis, then more text). */
const SENTENCE_END_INSIDE = /([.!?…])\s+(?=\S)/g;

/** A paragraph made one long sentence: its sentences joined by commas, as a text typed without full stops reads. */
export function asOneSentence(paragraph: string): string {
  return paragraph.replace(SENTENCE_END_INSIDE, ', ');
}

/**
 * A translation that groups its paragraphs otherwise: every `stride`-th paragraph of `side`
 * (counting from the second) joined to the next, and the beads the gold implies (the beads that
 * held the two paragraphs, and any between them, made one).
 */
export function withParagraphsJoined(alignmentCase: AlignmentCase, side: 'ru' | 'en', stride: number): { ru: string[]; en: string[]; beads: Bead[] } {
  const texts = alignmentCase[side];
  const newIndex: number[] = [];
  const joined: string[] = [];
  for (let index = 0; index < texts.length; index++) {
    newIndex[index] = joined.length;
    if (index % stride === 1 && index + 1 < texts.length) {
      newIndex[index + 1] = joined.length;
      joined.push(`${texts[index]} ${texts[index + 1]}`);
      index++;
    } else joined.push(texts[index]);
  }
  const beads: Bead[] = [];
  for (const bead of alignmentCase.gold) {
    const mapped: Bead = { ...bead, [side]: [...new Set(bead[side].map((index) => newIndex[index]))] };
    let last = beads.length - 1;
    while (last >= 0 && beads[last][side].length === 0) last--;
    if (last >= 0 && mapped[side].some((index) => beads[last][side].includes(index))) {
      const group = [...beads.splice(last), mapped];
      beads.push({ ru: [...new Set(group.flatMap((member) => member.ru))], en: [...new Set(group.flatMap((member) => member.en))] });
    } else beads.push(mapped);
  }
  return side === 'ru' ? { ru: joined, en: alignmentCase.en, beads } : { ru: alignmentCase.ru, en: joined, beads };
}

/**
 * An excerpt of one text of a case, as archives translate a part of a document: the paragraphs
 * [from, to) of `side` kept and the other text whole, with the beads that the gold implies (the
 * other text's paragraphs outside the excerpt as beads of their own). Each end moves forward to
 * the nearest place where no gold bead is cut.
 */
export function excerptOf(caseData: AlignmentCase, side: 'ru' | 'en', from: number, to: number): { ru: string[]; en: string[]; beads: Bead[] } {
  const length = caseData[side].length;
  const start = Math.min(length, boundaryAtOrAfter(caseData.gold, side, from));
  const end = Math.max(start, Math.min(length, boundaryAtOrAfter(caseData.gold, side, to)));
  const withoutTail = end < length ? withPassageLeftOut(caseData, caseData.gold, side, end, length - end)! : { ru: caseData.ru, en: caseData.en, beads: caseData.gold };
  return start > 0 ? withPassageLeftOut(withoutTail, withoutTail.beads, side, 0, start)! : withoutTail;
}

/** The first paragraph index of `side` at or after `index` that no bead of `beads` holds on both sides of. */
function boundaryAtOrAfter(beads: Bead[], side: 'ru' | 'en', index: number): number {
  let at = index;
  while (beads.some((bead) => bead[side].some((paragraph) => paragraph < at) && bead[side].some((paragraph) => paragraph >= at))) at++;
  return at;
}

function readCase(folder: string, name: string): AlignmentCase {
  return {
    name,
    ru: readParagraphs(path.join(folder, name, 'ru.txt')),
    en: readParagraphs(path.join(folder, name, 'en.txt')),
    gold: beadsFromGold(JSON.parse(readFileSync(path.join(folder, name, 'gold.json'), 'utf8'))),
  };
}

/** The corpus documents with hand-written gold, read from `texts/` as the app reads them. */
export function corpusCases(): Array<{ slug: string; gold: Bead[] }> {
  return CORPUS_CASES.map(({ slug, gold }) => ({ slug, gold: beadsFromGold(JSON.parse(readFileSync(gold, 'utf8'))) }));
}

/** A book-length pair: development cases repeated end to end until the Russian side has `paragraphs`. */
export function syntheticCase(cases: AlignmentCase[], paragraphs = SYNTHETIC_PARAGRAPHS): AlignmentCase {
  const result: AlignmentCase = { name: `synthetic-${paragraphs}`, ru: [], en: [], gold: [] };
  if (cases.length === 0) return result;
  for (let round = 0; result.ru.length < paragraphs; round++) {
    const source = cases[round % cases.length];
    const ruOffset = result.ru.length;
    const enOffset = result.en.length;
    for (const bead of source.gold) {
      if (bead.ru.some((index) => ruOffset + index >= paragraphs)) break;
      result.gold.push({ ru: bead.ru.map((index) => ruOffset + index), en: bead.en.map((index) => enOffset + index) });
    }
    const lastBead = result.gold[result.gold.length - 1];
    const ruTaken = lastBead ? Math.max(ruOffset, ...lastBead.ru.map((index) => index + 1)) - ruOffset : 0;
    const enTaken = lastBead ? Math.max(enOffset, ...lastBead.en.map((index) => index + 1)) - enOffset : 0;
    result.ru.push(...source.ru.slice(0, ruTaken));
    result.en.push(...source.en.slice(0, enTaken));
    if (ruTaken < source.ru.length) break;
  }
  return result;
}
