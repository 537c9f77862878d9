/**
 * `npm run bench:align`: accuracy, speed and memory of the paragraph aligner.
 *
 * For each development case in ../shared/bench/align/, the corpus's bilingual telegram (gold
 * written by hand in tests/bench/gold/) and a synthetic book-length pair, it prints strict bead
 * precision, recall and F1, link F1, the wall time of the whole `sverka align` process, the time
 * spent aligning, and the peak memory of a process that only aligns. Then throughput on the
 * synthetic pair, and memory at growing lengths to show it stays proportional to the input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { alignParagraphs, LOW_CONFIDENCE } from '../../lib/align';
import { loadDocument } from '../../lib/corpus';
import type { Bead } from '../../lib/types';
import { type AlignmentCase, APPENDIX_KINDS, asOneSentence, corpusCases, developmentCases, excerptOf, fixtureCase, openingOf, syntheticCase, withAppendix, withParagraphsJoined, withPassageLeftOut } from './cases';
import { beadKey, scoreAlignment, unchangedShare } from './score';
import { printFigures, type Figure } from './report';

const workDir = mkdtempSync(path.join(tmpdir(), 'sverka-bench-'));
const CLI = ['lib/cli/run.mjs', 'align'];
const WORKER = ['--import', 'tsx', 'tests/bench/align-worker.ts'];

interface Measured {
  /** The beads as `sverka align` prints them, each with its confidence. */
  beads: Array<Bead & { confidence: number }>;
  wallMs: number;
  alignMs: number;
  peakRssMb: number;
}

function writeCase(alignmentCase: AlignmentCase): [string, string] {
  const ruFile = path.join(workDir, `${alignmentCase.name}.ru.txt`);
  const enFile = path.join(workDir, `${alignmentCase.name}.en.txt`);
  writeFileSync(ruFile, alignmentCase.ru.join('\n\n'));
  writeFileSync(enFile, alignmentCase.en.join('\n\n'));
  return [ruFile, enFile];
}

function run(args: string[]): { stdout: string; wallMs: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return { stdout: result.stdout, wallMs };
}

function measure(alignmentCase: AlignmentCase): Measured {
  const files = writeCase(alignmentCase);
  run([...CLI, ...files]); // Builds the CLI bundle if needed; the timed run below is a warm start.
  const cli = run([...CLI, ...files]);
  const worker = JSON.parse(run([...WORKER, ...files]).stdout) as { milliseconds: number; peakRssKb: number };
  return { beads: JSON.parse(cli.stdout) as Measured['beads'], wallMs: cli.wallMs, alignMs: worker.milliseconds, peakRssMb: worker.peakRssKb / 1024 };
}

const percent = (value: number) => value.toFixed(4);
const rows: string[][] = [['case', 'ru¶', 'en¶', 'bead P', 'bead R', 'bead F1', 'link F1', 'CLI wall ms', 'align ms', 'peak MB']];

async function main(): Promise<void> {
  const cases = developmentCases();
  if (cases.length === 0) console.log('note: ../shared/bench/align/ not found; only the corpus case runs');
  const corpus: AlignmentCase[] = [];
  for (const { slug, gold } of corpusCases()) {
    const document = await loadDocument(slug);
    if (!document?.ru || !document.en[0]) throw new Error(`corpus document ${slug} is missing or not bilingual`);
    corpus.push({ name: slug, ru: document.ru.paragraphs.map((p) => p.text), en: document.en[0].paragraphs.map((p) => p.text), gold });
  }
  const synthetic = syntheticCase(cases);
  const calibration = new Calibration();
  for (const alignmentCase of [...cases, ...corpus, ...(synthetic.ru.length > 0 ? [synthetic] : [])]) {
    const measured = measure(alignmentCase);
    const score = scoreAlignment(measured.beads, alignmentCase.gold);
    if (cases.includes(alignmentCase)) calibration.add(measured.beads, measured.beads.map((bead) => bead.confidence), alignmentCase.gold);
    rows.push([alignmentCase.name, String(alignmentCase.ru.length), String(alignmentCase.en.length), percent(score.beads.precision),
      percent(score.beads.recall), percent(score.beads.f1), percent(score.links.f1), measured.wallMs.toFixed(0),
      measured.alignMs.toFixed(0), measured.peakRssMb.toFixed(0)]);
  }
  printTable(rows);
  const figures: Figure[] = rows.slice(1).map((row) => [`align ${row[0]}`, `${row[1]}×${row[2]} ¶: bead F1 ${row[5]}, link F1 ${row[6]}; CLI ${row[7]} ms, align ${row[8]} ms, peak ${row[9]} MB`]);
  if (calibration.beads > 0) figures.unshift(['align confidence', calibration.describe('the development cases', { flagged: '; aim ≤ 10%', held: '; aim ≥ 80%' })]);
  if (synthetic.ru.length > 0) {
    const last = rows[rows.length - 1];
    const paragraphs = synthetic.ru.length + synthetic.en.length;
    console.log(`\nthroughput on ${synthetic.name}: ${(paragraphs / (Number(last[8]) / 1000)).toFixed(0)} paragraphs/s aligning, `
      + `${(paragraphs / (Number(last[7]) / 1000)).toFixed(0)} paragraphs/s for the whole CLI process`);
    console.log('\nmemory as the input grows (peak RSS of a process that reads, aligns and exits):');
    const growth = [['ru¶', 'en¶', 'align ms', 'peak MB']];
    for (const size of [500, 1000, 2000, 3000]) {
      const measured = measure(syntheticCase(cases, size));
      const sized = syntheticCase(cases, size);
      growth.push([String(sized.ru.length), String(sized.en.length), measured.alignMs.toFixed(0), measured.peakRssMb.toFixed(0)]);
    }
    printTable(growth);
    figures.push(['align memory growth', growth.slice(1).map((row) => `${row[0]} ¶ → ${row[3]} MB`).join(', ')]);
  }
  figures.push(['align appendix', appendixRobustness()]);
  figures.push(['align omission', omissionRobustness()]);
  const excerptCalibration = new Calibration();
  figures.push(['align excerpt', excerptRobustness(cases, synthetic, excerptCalibration)]);
  const regroupedCalibration = new Calibration();
  figures.push(['align regrouped', regroupingRobustness(cases, regroupedCalibration)]);
  if (excerptCalibration.beads > 0) {
    figures.push(['align confidence, excerpts', excerptCalibration.describe('the excerpts')]);
    figures.push(['align confidence, regrouped', regroupedCalibration.describe('the regroupings')]);
  }
  figures.push(['align one-sentence paragraphs', oneSentenceParagraphs(cases, 'ru')]);
  figures.push(['align one-sentence English paragraphs', oneSentenceParagraphs(cases, 'en')]);
  printFigures('align', figures);
  console.log(`\nmachine: ${process.platform} ${process.arch}, node ${process.version}; times are wall-clock on a shared machine`);
}

/** Paragraphs of Mark the appendix sweep cuts the texts at, each glued with every kind of appendix (APPENDIX_KINDS). */
const APPENDIX_TEXT_LENGTHS = [60, 100, 120, 150, 200, 300];

/**
 * One pathological paragraph: an appendix glued onto the last English paragraph of Mark, cut at
 * several lengths (where the gold ends both texts together). Counts the variants where the
 * appendix pulled Russian paragraphs into its bead, and the smallest share of beads left as they
 * were without it.
 */
function appendixRobustness(): string {
  const mark = fixtureCase('mark');
  const table = [['ru¶', 'en¶', 'appendix sentences', 'pulled in', 'beads unchanged']];
  let pulledVariants = 0;
  let fewestUnchanged = 1;
  for (const paragraphs of APPENDIX_TEXT_LENGTHS) {
    const { ru, en } = openingOf(mark, paragraphs);
    const before = alignParagraphs(ru, en).beads;
    for (const kind of APPENDIX_KINDS) {
      const after = alignParagraphs(ru, withAppendix(en, kind)).beads;
      const pulledIn = Math.max(0, after[after.length - 1].ru.length - before[before.length - 1].ru.length);
      const unchanged = unchangedShare(before, after);
      if (pulledIn > 0) pulledVariants++;
      fewestUnchanged = Math.min(fewestUnchanged, unchanged);
      table.push([String(ru.length), String(en.length), String(kind.sentences), String(pulledIn), unchanged.toFixed(2)]);
    }
  }
  console.log('\nan appendix glued onto the last English paragraph (Mark):');
  printTable(table);
  const variants = APPENDIX_TEXT_LENGTHS.length * APPENDIX_KINDS.length;
  return `${variants} variants (Mark, ${APPENDIX_TEXT_LENGTHS[0]}–${APPENDIX_TEXT_LENGTHS[APPENDIX_TEXT_LENGTHS.length - 1]} ¶, appendices of 100–300 sentences): `
    + `${pulledVariants} pulled Russian paragraphs into the appendix; at least ${Math.round(100 * fewestUnchanged)}% of the beads unchanged`;
}

/** Lengths, in paragraphs, of the passages the omission sweep leaves out of Mark. */
const OMISSION_LENGTHS = [6, 20, 40];
/** Paragraphs between the places the omission sweep leaves a passage out at. */
const OMISSION_STRIDE = 23;

/**
 * A passage left out of one text: 6, 20 and 40 paragraphs left out of either text of Mark at
 * every OMISSION_STRIDE paragraphs (where they are whole beads), each aligned again and compared
 * with the alignment of the whole texts, the passage's counterparts as beads of their own. Counts
 * the beads that changed besides.
 */
function omissionRobustness(): string {
  const mark = fixtureCase('mark');
  const whole = alignParagraphs(mark.ru, mark.en).beads;
  const table = [['left out', 'of', 'places', 'unchanged places', 'most beads changed', 'beads changed, mean']];
  const summary: string[] = [];
  for (const count of OMISSION_LENGTHS) {
    for (const side of ['ru', 'en'] as const) {
      const changed: number[] = [];
      for (let at = 5; at + count < mark[side].length - 5; at += OMISSION_STRIDE) {
        const cut = withPassageLeftOut(mark, whole, side, at, count);
        if (!cut) continue;
        const found = new Set(alignParagraphs(cut.ru, cut.en).beads.map(beadKey));
        changed.push(cut.beads.filter((bead) => !found.has(beadKey(bead))).length);
      }
      const unchangedPlaces = changed.filter((beads) => beads === 0).length;
      const most = Math.max(0, ...changed);
      table.push([`${count} ¶`, side, String(changed.length), String(unchangedPlaces), String(most),
        (changed.reduce((sum, beads) => sum + beads, 0) / Math.max(1, changed.length)).toFixed(1)]);
      summary.push(`${count} ¶ of the ${side === 'ru' ? 'Russian' : 'English'}: ${unchangedPlaces} of ${changed.length} places change no other bead, at most ${most}`);
    }
  }
  console.log('\na passage left out of one text (Mark, beads changed besides its own):');
  printTable(table);
  return summary.join('; ');
}

/**
 * The excerpts the sweep cuts from each development case, as archives translate a part of a
 * document: which text keeps a part, from where and how much of it (shares of its paragraphs).
 */
const EXCERPTS: ReadonlyArray<{ side: 'ru' | 'en'; from: number; share: number }> = [
  { side: 'en', from: 0, share: 0.5 }, { side: 'en', from: 0.3, share: 0.25 }, { side: 'en', from: 0.6, share: 0.12 }, { side: 'en', from: 0.25, share: 0.75 },
  { side: 'ru', from: 0.2, share: 0.4 }, { side: 'ru', from: 0.5, share: 0.15 }, { side: 'ru', from: 0.2, share: 0.75 },
];
/** Fewest paragraphs an excerpt of the sweep keeps: fewer are a passage, not a document. */
const MIN_EXCERPT_PARAGRAPHS = 6;
/** Bead F1 below which an alignment of a sweep (excerpts, regroupings, one-sentence paragraphs) counts as misaligned in the summary. */
const EXCERPT_F1_FLOOR = 0.9;

/**
 * A translation of a part of the other text: each development case cut to the EXCERPTS (one text
 * a part, the other whole), aligned and scored against the beads its gold implies; and the
 * English middle half of the book-length pair, with its time.
 */
function excerptRobustness(cases: AlignmentCase[], synthetic: AlignmentCase, calibration: Calibration): string {
  const table = [['case', ...EXCERPTS.map(({ side, from, share }) => `${side} ${Math.round(100 * from)}+${Math.round(100 * share)}%`)]];
  const scores: Array<{ label: string; f1: number }> = [];
  for (const caseData of cases) {
    const row = [caseData.name];
    for (const { side, from, share } of EXCERPTS) {
      const length = caseData[side].length;
      const excerpt = excerptOf(caseData, side, Math.floor(length * from), Math.floor(length * (from + share)));
      if (excerpt[side].length < MIN_EXCERPT_PARAGRAPHS) {
        row.push('—');
        continue;
      }
      const f1 = scoreAndCalibrate(alignParagraphs(excerpt.ru, excerpt.en), excerpt.beads, calibration);
      scores.push({ label: `${caseData.name}, ${side} ${Math.round(100 * from)}+${Math.round(100 * share)}%`, f1 });
      row.push(f1.toFixed(3));
    }
    table.push(row);
  }
  console.log('\na translation of a part of the other text (bead F1 against the gold the excerpt implies):');
  printTable(table);
  let summary = `${scores.length} excerpts of the development cases (an eighth to three quarters of either text): ${sweepSummary(scores)}`;
  if (synthetic.ru.length > 0) {
    const half = excerptOf(synthetic, 'en', Math.floor(synthetic.en.length / 4), Math.floor((synthetic.en.length * 3) / 4));
    const started = performance.now();
    const beads = alignParagraphs(half.ru, half.en).beads;
    const ms = performance.now() - started;
    summary += `; the English middle half of ${synthetic.name}: bead F1 ${scoreAlignment(beads, half.beads).beads.f1.toFixed(4)}, aligned in ${ms.toFixed(0)} ms`;
  }
  return summary;
}

/**
 * How the translations of the sweep group their paragraphs otherwise than the originals: which
 * text, and every how many paragraphs one is joined to the next (`withParagraphsJoined`).
 * Translators join and split paragraphs, and the aligner is tuned on translations that mostly keep them.
 */
const REGROUPINGS: ReadonlyArray<{ side: 'ru' | 'en'; stride: number }> = [
  { side: 'en', stride: 3 }, { side: 'ru', stride: 3 }, { side: 'en', stride: 5 }, { side: 'ru', stride: 5 },
];

/** Each development case with its paragraphs regrouped (REGROUPINGS), aligned and scored against the beads its gold implies. */
function regroupingRobustness(cases: AlignmentCase[], calibration: Calibration): string {
  const table = [['case', ...REGROUPINGS.map(({ side, stride }) => `${side} 1 in ${stride} joined`)]];
  const scores: Array<{ label: string; f1: number }> = [];
  for (const caseData of cases) {
    const row = [caseData.name];
    for (const { side, stride } of REGROUPINGS) {
      const regrouped = withParagraphsJoined(caseData, side, stride);
      const f1 = scoreAndCalibrate(alignParagraphs(regrouped.ru, regrouped.en), regrouped.beads, calibration);
      scores.push({ label: `${caseData.name}, ${side} 1 in ${stride}`, f1 });
      row.push(f1.toFixed(3));
    }
    table.push(row);
  }
  console.log('\na translation that groups paragraphs otherwise (one paragraph in 3 or 5 of one text joined to the next; bead F1):');
  printTable(table);
  return `${scores.length} regroupings of the development cases: ${sweepSummary(scores)}`;
}

/**
 * How the confidence's low marks (below LOW_CONFIDENCE) cover the wrong beads, a wrong bead being
 * one the gold does not have exactly: counts over the alignments added.
 */
class Calibration {
  beads = 0;
  flagged = 0;
  wrong = 0;
  wrongFlagged = 0;

  /** Count one alignment's beads, with their confidences, against its gold. */
  add(beads: Bead[], confidences: number[], gold: Bead[]): void {
    const goldKeys = new Set(gold.map(beadKey));
    beads.forEach((bead, index) => {
      const low = confidences[index] < LOW_CONFIDENCE;
      const wrong = !goldKeys.has(beadKey(bead));
      this.beads++;
      if (low) this.flagged++;
      if (wrong) this.wrong++;
      if (low && wrong) this.wrongFlagged++;
    });
  }

  /** The counts in a line, for the beads of `what`, with the aims after each share where given. */
  describe(what: string, aims: { flagged?: string; held?: string } = {}): string {
    const share = (part: number, whole: number) => `${(100 * part / Math.max(1, whole)).toFixed(1)}%`;
    return `below ${LOW_CONFIDENCE}: ${this.flagged} of ${this.beads} beads of ${what} (${share(this.flagged, this.beads)}${aims.flagged ?? ''}), `
      + `holding ${this.wrongFlagged} of their ${this.wrong} wrong beads (${share(this.wrongFlagged, this.wrong)}${aims.held ?? ''})`;
  }
}

/** The bead F1 of an alignment against its gold, its beads counted into `calibration` on the way. */
function scoreAndCalibrate(alignment: { beads: Bead[]; evidence: Array<{ confidence: number }> }, gold: Bead[], calibration: Calibration): number {
  calibration.add(alignment.beads, alignment.evidence.map((item) => item.confidence), gold);
  return scoreAlignment(alignment.beads, gold).beads.f1;
}

/** A sweep's scores in a line: their mean, the lowest and how many fall below EXCERPT_F1_FLOOR. */
function sweepSummary(scores: Array<{ label: string; f1: number }>): string {
  const mean = scores.reduce((sum, score) => sum + score.f1, 0) / Math.max(1, scores.length);
  const lowest = scores.reduce((a, b) => (b.f1 < a.f1 ? b : a), scores[0]);
  return `mean bead F1 ${mean.toFixed(3)}, lowest ${lowest.f1.toFixed(3)} (${lowest.label}), `
    + `${scores.filter((score) => score.f1 < EXCERPT_F1_FLOOR).length} below ${EXCERPT_F1_FLOOR}`;
}

/**
 * Each development case with every paragraph of one text made one long sentence (its sentences
 * joined by commas: a text typed without full stops, or an original whose translator cut its long
 * sentences into several, or the other way round), aligned against the other text and scored
 * against the gold.
 */
function oneSentenceParagraphs(cases: AlignmentCase[], side: 'ru' | 'en'): string {
  const language = side === 'ru' ? 'Russian' : 'English';
  const scores = cases.map((caseData) => ({
    label: caseData.name,
    f1: scoreAlignment(alignParagraphs(side === 'ru' ? caseData.ru.map(asOneSentence) : caseData.ru,
      side === 'en' ? caseData.en.map(asOneSentence) : caseData.en).beads, caseData.gold).beads.f1,
  }));
  console.log(`\n${language} paragraphs made one sentence each (bead F1):`);
  printTable([['case', 'bead F1'], ...scores.map((score) => [score.label, score.f1.toFixed(3)])]);
  return `the ${scores.length} development cases with each ${language} paragraph one sentence: ${sweepSummary(scores)}`;
}

/** The benchmark's own wide table, columns aligned. */
function printTable(table: string[][]): void {
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  for (const row of table) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
}

main().finally(() => rmSync(workDir, { recursive: true, force: true }));
