/**
 * `npm run bench:checks`: how far a reviewer can trust the fidelity findings.
 *
 * On the development cases in ../shared/bench/align/ (published translations with gold beads):
 * - noise: findings on the clean translation, beyond the gold's own 1:0 and 0:1 beads, per 20
 *   beads (checked at the gold alignment, so that alignment errors do not count here);
 * - recall: errors planted in the translation, one kind at a time, each in its own 1:1 bead far
 *   from the others: a changed number, a name swapped for another name of the same document, a
 *   dropped English sentence, and a dropped English paragraph (realigned, as a user would have
 *   it; one per 20 beads, and, as a stress figure, twelve whatever the length); a planted error
 *   counts as found when a finding of its kind covers its bead.
 * - precision: the findings on the literary cases, judged by a reader one by one in
 *   tests/bench/gold/judged-findings.json (real or not, and why); a finding not in that table is
 *   counted as unjudged, so a change that raises new findings shows up.
 * The telegram's own findings are listed too: it must keep exactly its three.
 *
 * `--misses` lists the planted errors not found; `--unjudged` lists the findings the judged table
 * does not know yet, with their keys, so that a reader can judge them and add them to the table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseDocument, analysePair } from '../../lib/analysis';
import { loadDocument } from '../../lib/corpus';
import { englishNameKeys, russianNameKeys } from '../../lib/names';
import { findNumberTokens } from '../../lib/numbers';
import { splitSentences } from '../../lib/segment';
import type { Bead, Finding, FindingKind, Pin } from '../../lib/types';
import { developmentCases, type AlignmentCase } from './cases';
import { random } from './random';
import { printFigures, type Figure } from './report';

/** Errors planted per kind and case: enough for a recall figure, few enough to keep them in separate beads. */
const PLANTS_PER_KIND = 12;
/**
 * Dropped paragraphs are realigned, so their density matters: twelve dropped from a letter of 35
 * paragraphs take a third of the translation away, and measure the aligner losing its footing
 * rather than the check. The sparse kind drops one paragraph per this many beads (at most
 * PLANTS_PER_KIND), as a translator's slips are spread; the dense kind is kept as a stress figure.
 */
const BEADS_PER_DROPPED_PARAGRAPH = 20;
/** The noise target of the issue, as a rate: one finding per this many beads. */
const NOISE_BEADS = 20;
/** A fixed seed, so that the same errors are planted in every run and the figures can be compared. */
const SEED = 22591;

type PlantKind = 'number' | 'name' | 'sentence' | 'paragraph' | 'paragraph, dense';
/** The finding kinds that report each planted error. */
const FOUND_BY: Record<PlantKind, FindingKind[]> = {
  number: ['number-mismatch', 'date-mismatch'],
  name: ['name-mismatch'],
  sentence: ['sentence-omitted', 'omission', 'length-ratio'],
  // A dropped paragraph may be realigned into its neighbour's bead: any finding that sends the reviewer to it counts.
  paragraph: ['omission', 'sentence-omitted', 'length-ratio'],
  'paragraph, dense': ['omission', 'sentence-omitted', 'length-ratio'],
};

interface Planted {
  /** The Russian paragraph of the bead the error is in. */
  ruParagraph: number;
  /** What was changed, for the report of misses. */
  change: string;
}

/** A translation with errors planted, and where. */
interface Variant {
  en: string[];
  /** The gold beads still hold (every kind but a dropped paragraph, which is realigned). */
  keepsGold: boolean;
  planted: Planted[];
}

const pinsOf = (beads: Bead[]): Pin[] => beads.map((bead, index) => ({ ...bead, line: index + 1 }));
const oneToOne = (caseData: AlignmentCase) => caseData.gold.map((bead, index) => ({ bead, index })).filter(({ bead }) => bead.ru.length === 1 && bead.en.length === 1);

/** Candidate beads, shuffled with the fixed seed, kept apart by at least two beads. */
function spreadBeads(caseData: AlignmentCase, accept: (ru: string, en: string) => boolean, limit = PLANTS_PER_KIND): Array<{ ru: number; en: number }> {
  const next = random(SEED + caseData.name.length);
  const candidates = oneToOne(caseData).filter(({ bead }) => accept(caseData.ru[bead.ru[0]], caseData.en[bead.en[0]]));
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  const chosen: typeof candidates = [];
  for (const candidate of candidates) {
    if (chosen.length >= limit) break;
    if (chosen.every((other) => Math.abs(other.index - candidate.index) > 2)) chosen.push(candidate);
  }
  return chosen.map(({ bead }) => ({ ru: bead.ru[0], en: bead.en[0] }));
}

/** Number values of a text ("n:3", "d:22.7"). */
const numberValues = (text: string, lang: 'ru' | 'en') => new Set(findNumberTokens(text, lang).map((token) => token.value));

/** A changed number: an English number the Russian also has, given another value. */
function plantNumbers(caseData: AlignmentCase): Variant {
  const en = [...caseData.en];
  const planted: Planted[] = [];
  const shared = (ru: string, text: string) => findNumberTokens(text, 'en').filter((token) => token.value.startsWith('n:') && numberValues(ru, 'ru').has(token.value));
  for (const { ru, en: paragraph } of spreadBeads(caseData, (ruText, enText) => shared(ruText, enText).length > 0)) {
    const [token] = shared(caseData.ru[ru], en[paragraph]);
    const written = en[paragraph].slice(token.start, token.end);
    const changed = /^\d+$/.test(written) ? String(Number(written) + 1) : NUMBER_WORD_SWAPS[written.toLowerCase()] ?? 'eleven';
    en[paragraph] = en[paragraph].slice(0, token.start) + changed + en[paragraph].slice(token.end);
    planted.push({ ruParagraph: ru, change: `${written} → ${changed}` });
  }
  return { en, keepsGold: true, planted };
}

/** Number words swapped for another, so that a planted change stays a plausible word. */
const NUMBER_WORD_SWAPS: Record<string, string> = {
  one: 'two', two: 'three', three: 'four', four: 'five', five: 'six', six: 'seven', seven: 'eight', eight: 'nine', nine: 'ten', ten: 'twelve',
  eleven: 'twelve', twelve: 'thirteen', twenty: 'thirty', thirty: 'forty', forty: 'fifty', fifty: 'sixty', hundred: 'thousand', thousand: 'hundred',
};

/** Capitalised English words not at a sentence start that some Russian word of the bead names too. */
function sharedNames(ru: string, en: string): string[] {
  const russianKeys = new Set((ru.match(/\p{Lu}\p{Ll}+/gu) ?? []).flatMap(russianNameKeys));
  return [...en.matchAll(/(?<=[\p{Ll},;] )\p{Lu}\p{Ll}{2,}/gu)].map((match) => match[0])
    .filter((word) => englishNameKeys(word).some((key) => russianKeys.has(key)));
}

/** A swapped name: a name the bead shares with its Russian replaced by another name of the document. */
function plantNames(caseData: AlignmentCase): Variant {
  const en = [...caseData.en];
  const planted: Planted[] = [];
  const beads = spreadBeads(caseData, (ru, text) => sharedNames(ru, text).length > 0);
  const names = [...new Set(beads.flatMap(({ ru, en: paragraph }) => sharedNames(caseData.ru[ru], caseData.en[paragraph])))];
  for (const { ru, en: paragraph } of beads) {
    const [name] = sharedNames(caseData.ru[ru], en[paragraph]);
    const others = names.filter((candidate) => candidate !== name && !en[paragraph].includes(candidate)
      && !englishNameKeys(candidate).some((key) => englishNameKeys(name).includes(key)));
    // A different wrong name each time: a translator's slips are not one consistent substitution,
    // which a document's own word pairs would rightly learn as its convention.
    const other = others[planted.length % Math.max(1, others.length)];
    if (!other) continue;
    // Every mention in the paragraph: a translator who misreads a name misreads it throughout.
    en[paragraph] = en[paragraph].replace(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'), other);
    planted.push({ ruParagraph: ru, change: `${name} → ${other}` });
  }
  return { en, keepsGold: true, planted };
}

/** Sentences of at least this many letters are worth dropping: a short one ("Yes.") is not an omission a reviewer looks for. */
const MIN_DROPPED_SENTENCE_LETTERS = 40;

/** A dropped sentence: the longest English sentence of a bead whose both sides have several. */
function plantSentences(caseData: AlignmentCase): Variant {
  const en = [...caseData.en];
  const planted: Planted[] = [];
  const sentences = (text: string) => splitSentences(text).filter((sentence) => sentence.text.trim() !== '');
  const long = (text: string) => sentences(text).filter((sentence) => (sentence.text.match(/\p{L}/gu)?.length ?? 0) >= MIN_DROPPED_SENTENCE_LETTERS);
  for (const { ru, en: paragraph } of spreadBeads(caseData, (ruText, enText) => sentences(ruText).length >= 2 && sentences(enText).length >= 2 && long(enText).length > 0)) {
    const dropped = long(en[paragraph]).reduce((a, b) => (b.text.length > a.text.length ? b : a));
    en[paragraph] = (en[paragraph].slice(0, dropped.start) + en[paragraph].slice(dropped.end)).replace(/\s{2,}/g, ' ').trim();
    planted.push({ ruParagraph: ru, change: `dropped “${dropped.text.trim().slice(0, 40)}…”` });
  }
  return { en, keepsGold: true, planted };
}

/** Dropped paragraphs: the English of `limit` 1:1 beads removed, and the texts realigned. */
function dropParagraphs(caseData: AlignmentCase, limit: number): Variant {
  const chosen = spreadBeads(caseData, () => true, limit);
  const dropped = new Set(chosen.map(({ en }) => en));
  return {
    en: caseData.en.filter((_, index) => !dropped.has(index)),
    keepsGold: false,
    planted: chosen.map(({ ru, en }) => ({ ruParagraph: ru, change: `dropped English ¶ ${en + 1}` })),
  };
}

/** A dropped paragraph per BEADS_PER_DROPPED_PARAGRAPH beads. */
const plantParagraphs = (caseData: AlignmentCase) => dropParagraphs(caseData, Math.min(PLANTS_PER_KIND, Math.max(1, Math.floor(caseData.gold.length / BEADS_PER_DROPPED_PARAGRAPH))));
/** PLANTS_PER_KIND dropped paragraphs whatever the length of the document. */
const plantParagraphsDensely = (caseData: AlignmentCase) => dropParagraphs(caseData, PLANTS_PER_KIND);

const PLANTERS: Record<PlantKind, (caseData: AlignmentCase) => Variant> = {
  number: plantNumbers, name: plantNames, sentence: plantSentences, paragraph: plantParagraphs, 'paragraph, dense': plantParagraphsDensely,
};

/** Findings of a translation: at the gold alignment, or realigned. */
function findingsOf(caseData: AlignmentCase, en: string[], keepsGold: boolean): Finding[] {
  return analysePair({ ru: caseData.ru, en, pins: keepsGold ? pinsOf(caseData.gold) : undefined }).findings;
}

const cases = developmentCases();
if (cases.length === 0) {
  console.log('bench:checks needs the development cases in ../shared/bench/align/');
  process.exit(0);
}

/** A reader's verdict on one finding, kept in the repository so that the precision can be re-checked. */
interface Judged {
  case: string;
  kind: string;
  ru: number[];
  en: number[];
  /** The first characters of the text the finding marks. */
  text: string;
  real: boolean;
  why: string;
}

/** Characters of a finding's marked text that identify it in the judged table. */
const JUDGED_TEXT_LENGTH = 40;
const judgedFile = path.join(process.cwd(), 'tests', 'bench', 'gold', 'judged-findings.json');
const judged = new Map((JSON.parse(readFileSync(judgedFile, 'utf8')).findings as Judged[])
  .map((entry) => [`${entry.case}|${entry.kind}|${entry.ru}|${entry.en}|${entry.text}`, entry]));
const judgedCases = new Set([...judged.values()].map((entry) => entry.case));

/** The key of a finding in the judged table. */
function judgedKey(caseData: AlignmentCase, finding: Finding): string {
  const span = finding.ruSpans[0] ?? finding.enSpans[0];
  const texts = finding.ruSpans[0] ? caseData.ru : caseData.en;
  const text = span ? texts[span.paragraph].slice(span.start, span.end).slice(0, JUDGED_TEXT_LENGTH) : '';
  return `${caseData.name}|${finding.kind}|${finding.ru}|${finding.en}|${text}`;
}

const figures: Figure[] = [];
const precision = { real: 0, judged: 0, unjudged: 0 };
const totals = Object.fromEntries(Object.keys(PLANTERS).map((kind) => [kind, { planted: 0, found: 0 }])) as Record<PlantKind, { planted: number; found: number }>;
let noiseFindings = 0;
let noiseBeads = 0;
const misses: string[] = [];
/** Findings the judged table does not know yet, printed with --unjudged for a reader to judge. */
const unjudged: Array<{ key: string; finding: Finding }> = [];
for (const caseData of cases) {
  const clean = findingsOf(caseData, caseData.en, true);
  const gapBeads = new Set(caseData.gold.filter((bead) => bead.ru.length === 0 || bead.en.length === 0).map((bead) => `${bead.ru}|${bead.en}`));
  const noise = clean.filter((finding) => !gapBeads.has(`${finding.ru}|${finding.en}`));
  noiseFindings += noise.length;
  if (judgedCases.has(caseData.name)) {
    for (const finding of noise) {
      const verdict = judged.get(judgedKey(caseData, finding));
      if (!verdict) {
        precision.unjudged++;
        unjudged.push({ key: judgedKey(caseData, finding), finding });
      }
      else {
        precision.judged++;
        if (verdict.real) precision.real++;
      }
    }
  }
  noiseBeads += caseData.gold.length;
  const byKind = Object.entries(countBy(noise, (finding) => finding.kind)).map(([kind, count]) => `${count} ${kind}`).join(', ');
  figures.push([`noise ${caseData.name}`, `${noise.length} findings beyond the gold gaps in ${caseData.gold.length} beads (${(noise.length / caseData.gold.length * NOISE_BEADS).toFixed(1)} per ${NOISE_BEADS})${byKind ? `: ${byKind}` : ''}`]);
  for (const kind of Object.keys(PLANTERS) as PlantKind[]) {
    const variant = PLANTERS[kind](caseData);
    const findings = findingsOf(caseData, variant.en, variant.keepsGold).filter((finding) => FOUND_BY[kind].includes(finding.kind));
    for (const plant of variant.planted) {
      const found = findings.some((finding) => finding.ru.includes(plant.ruParagraph));
      totals[kind].planted++;
      if (found) totals[kind].found++;
      else misses.push(`${kind} in ${caseData.name}, Russian ¶ ${plant.ruParagraph + 1}: ${plant.change}`);
    }
  }
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${(100 * part / whole).toFixed(0)}%`);
figures.unshift([`precision, judged literary cases`, `${precision.real} of ${precision.judged} judged findings real (${percent(precision.real, precision.judged)}; target ≥ 80%)${precision.unjudged ? `, ${precision.unjudged} not yet judged` : ''}; the table: tests/bench/gold/judged-findings.json`]);
figures.unshift([`noise, all ${cases.length} cases`, `${noiseFindings} findings in ${noiseBeads} beads: ${(noiseFindings / noiseBeads * NOISE_BEADS).toFixed(2)} per ${NOISE_BEADS} beads (target ≤ 1)`]);
for (const kind of Object.keys(totals) as PlantKind[]) {
  const target = kind === 'paragraph, dense' ? 'a stress figure, no target' : 'target ≥ 90%';
  figures.unshift([`recall, planted ${kind}`, `${totals[kind].found} of ${totals[kind].planted} found (${percent(totals[kind].found, totals[kind].planted)}; ${target})`]);
}
const telegram = await loadDocument('1950-07-22-roshchin-to-filippov-22591', 'texts');
if (telegram) figures.push(['telegram findings', analyseDocument(telegram).findings.map((finding) => `${finding.kind}: ${finding.message}`).join(' · ')]);
printFigures('checks', figures);
if (process.argv.includes('--misses')) for (const miss of misses) console.log(`  missed: ${miss}`);
if (process.argv.includes('--unjudged')) {
  for (const { key, finding } of unjudged) console.log(`  unjudged: ${key}\n    ${finding.message}\n    ${finding.evidence}`);
}
