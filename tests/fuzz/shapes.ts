/**
 * Hostile shapes that once overflowed the stack or ran quadratic (issue 13), each through the
 * stages it troubled, with the invariant it must keep. The campaign times each at a size and at
 * twice that size: a linear stage takes about twice as long, a quadratic one four times.
 */
import { readFileSync } from 'node:fs';
import { alignParagraphs } from '../../lib/align';
import { analysePair } from '../../lib/analysis';
import { readPins } from '../../lib/corpus';
import { importPage } from '../../lib/import';
import { findNotes, MAX_NOTE_DEPTH } from '../../lib/notes';
import { MAX_EMPHASIS_RUNS, MAX_LIST_MARKERS_ON_A_LINE, parseMarkdown } from '../../lib/parse';
import { seedPath } from '../helpers/seeds';

/** One shape: how to make it at a size, and the stages it goes through, throwing when an invariant breaks. */
export interface HostileShape {
  name: string;
  /** The size the campaign measures at (and at twice that). */
  size: number;
  /** What the size counts, for the table. */
  unit: string;
  run: (size: number) => void;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const SEED_PAGE = seedPath('002');

/** Every non-blank line of `page` is in the importer's ledger, whole. */
function importKeepsEveryLine(page: string): void {
  const imported = importPage(new TextEncoder().encode(page), 'page.txt');
  const lines = page.split('\n');
  const ledger = new Map(imported.ledger.map((entry) => [entry.line, entry]));
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const entry = ledger.get(index + 1);
    check(entry !== undefined && entry.destinations.map((destination) => destination.text).join('').replace(/\s+/g, '').length > 0, `line ${index + 1} is not in the ledger`);
  });
}

/** The shapes, at the sizes the issue found them at. */
export const HOSTILE_SHAPES: HostileShape[] = [
  {
    name: 'nested list markers on one line', size: 2000, unit: 'levels',
    run: (size) => {
      const line = `${'- '.repeat(size)}x`;
      const { paragraphs, problems } = parseMarkdown(`${line}\n\nAfter.\n`, 'deep.md');
      const deep = size > MAX_LIST_MARKERS_ON_A_LINE;
      check(paragraphs.map((p) => p.text).join('|') === `${deep ? line : 'x'}|After.`, 'the deep list line or the paragraph after it was lost');
      check(!deep || problems.some((problem) => problem.code === 'too-deep-list'), 'no warning for a too deep list');
      findNotes(paragraphs, 'en');
    },
  },
  {
    name: 'nested brackets', size: 50_000, unit: 'levels',
    run: (size) => {
      const { paragraphs } = parseMarkdown(`Before ${'['.repeat(size)}x${']'.repeat(size)} after.\n`, 'brackets.md');
      const { notes, problems } = findNotes(paragraphs, 'en');
      check(notes.length === MAX_NOTE_DEPTH && problems.some((problem) => problem.code === 'deep-brackets'), 'the deepest brackets were not capped with a warning');
    },
  },
  {
    name: 'nested emphasis', size: 4000, unit: 'levels',
    run: (size) => {
      const text = `${'*a '.repeat(size)}x${' a*'.repeat(size)}`;
      const { paragraphs, problems } = parseMarkdown(`${text}\n`, 'emphasis.md');
      check(size <= MAX_EMPHASIS_RUNS || problems.some((problem) => problem.code === 'too-much-emphasis'), 'no warning for crowded emphasis');
      check(paragraphs[0].text === text, 'emphasis characters were lost');
    },
  },
  {
    name: 'pins over a billion paragraphs', size: 10_000, unit: 'pins',
    run: (size) => {
      const lines = Array.from({ length: size }, (_, k) => `  - ru ${k + 1}-999999999 = en ${k + 1}-999999999`);
      const { pins, problems } = readPins(`pins:\n${lines.join('\n')}\n`, 'alignment.yml', 10, 10);
      check(pins.length === 0 && problems.length === size, 'a pin beyond the text was kept');
    },
  },
  {
    name: 'many pins', size: 40_000, unit: 'pins',
    run: (size) => {
      const lines = Array.from({ length: size }, (_, k) => `  - ru ${k + 1} = en ${k + 1}`);
      lines.push('  - ru 2 = en 1');
      const { pins, problems } = readPins(`pins:\n${lines.join('\n')}\n`, 'alignment.yml', size, size);
      check(pins.length === size && problems.length === 1 && problems[0].line === size + 2, 'the crossing pin was not found at its line');
    },
  },
  {
    name: 'aligning around very many pins', size: 8000, unit: 'pins',
    run: (size) => {
      // A pin on every other paragraph: each stretch between pins was once cut from the whole text
      // by its own pass over every sentence (8,000 pins: 2.4 s, 3.4 times the time of 4,000).
      const ru = Array.from({ length: 2 * size }, (_, k) => `Абзац номер ${k}, о делах.`);
      const en = Array.from({ length: 2 * size }, (_, k) => `Paragraph number ${k}, on affairs.`);
      const pins = Array.from({ length: size }, (_, k) => ({ ru: [2 * k + 1], en: [2 * k + 1], line: k + 2 }));
      const { beads } = alignParagraphs(ru, en, { pins });
      check(beads.length === 2 * size && beads.every((bead, k) => bead.ru.length === 1 && bead.ru[0] === k && bead.en.length === 1 && bead.en[0] === k),
        'the paragraphs between the pins were not aligned one to one around them');
    },
  },
  {
    name: 'a passage naming the same people over and over', size: 4000, unit: 'names',
    run: (size) => {
      // Every name with its counterpart, then one the English calls by another name of the document.
      const ru = [`${'Сталину и Молотову. '.repeat(size)}Мао Цзэдун.`, 'Мао Цзэдун ответил.', 'Чжоу Эньлай ответил.'];
      const en = [`${'To Stalin and Molotov. '.repeat(size)}Zhou Enlai.`, 'Mao Zedong answered.', 'Zhou Enlai answered.'];
      const names = analysePair({ ru, en }).findings.filter((finding) => finding.kind === 'name-mismatch');
      check(names.length === 1 && names[0].ru[0] === 0 && names[0].message.includes('“Zhou”'), `the swapped name was not the one finding: ${names.map((finding) => finding.message).join('; ')}`);
    },
  },
  {
    name: 'page with a long trailer', size: 1024 * 1024, unit: 'bytes of trailer',
    run: (size) => {
      const line = 'Leon Levy Foundation repeated trailer line of site boilerplate';
      importKeepsEveryLine(`${readFileSync(SEED_PAGE, 'utf8')}\n${`${line}\n`.repeat(Math.ceil(size / (line.length + 1)))}`);
    },
  },
  {
    name: 'page with language-neutral blocks', size: 20_000, unit: 'blocks',
    run: (size) => {
      const blocks = Array.from({ length: size }, (_, k) => String(k % 97));
      importKeepsEveryLine(`March 1, 1951\n\nLetter from Ivanov to Petrov\n\nПервый абзац по-русски.\n\n${blocks.join('\n\n')}\n\nThe first paragraph in English.\n`);
    },
  },
];

/** Seconds one run of `shape` at `size` takes: the least of `repeats`, to see past a busy machine. */
function secondsFor(shape: HostileShape, size: number, repeats: number): number {
  let best = Infinity;
  for (let k = 0; k < repeats; k++) {
    const start = performance.now();
    shape.run(size);
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

/**
 * Growth at which a doubling counts as worse than linear: linear gives 2, quadratic 4; 3 leaves
 * room for a machine that got busier between the two sizes.
 */
const SUPERLINEAR_GROWTH = 3;
/** Runs per size: the least time of three sees past a machine busy for one of them. */
const REPEATS = 3;

/** Each shape at its size and twice it (times `scale`): a row for the campaign's table, and whether it stayed linear. */
export function runHostileShapes(scale = 1): Array<{ row: [string, string]; linear: boolean }> {
  return HOSTILE_SHAPES.map((shape) => {
    const size = Math.max(1, Math.round(shape.size * scale));
    const once = secondsFor(shape, size, REPEATS);
    const twice = secondsFor(shape, 2 * size, REPEATS);
    const growth = twice / Math.max(once, 1e-3);
    const linear = growth < SUPERLINEAR_GROWTH;
    return {
      row: [`shape: ${shape.name}`, `${size} ${shape.unit} ${once.toFixed(2)} s, ${2 * size} ${twice.toFixed(2)} s: ×${growth.toFixed(1)} for ×2 (${linear ? 'linear' : 'WORSE THAN LINEAR'}); nothing lost`],
      linear,
    };
  });
}
