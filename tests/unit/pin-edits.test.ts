/**
 * Alignment edits as the reader's edit mode will make them: each edit becomes pins in
 * alignment.yml that read back without problems, the aligner keeps them, and the pins and
 * comments a person wrote by hand are kept.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { alignParagraphs } from '../../lib/align';
import { analyseDocument } from '../../lib/analysis';
import { EditRefused, loadDocument, pinChange, readPins, rewriteAlignmentFile, type AlignmentEdit } from '../../lib/corpus';
import type { Bead } from '../../lib/types';
import { fixtureCase } from '../bench/cases';
import { currentRevision, runSverka as sverka } from '../helpers/sverka';

const mark = fixtureCase('mark');
const ru = mark.ru.slice(0, 30);
const en = mark.en.slice(0, 36);
const HAND_WRITTEN = '# Checked against the 1912 edition.\npins:\n  - ru 1 = en 1   # the heading\n';

/** Apply an edit to the texts' current alignment and return the file and the beads aligned around it. */
function edited(edit: AlignmentEdit, file = HAND_WRITTEN): { file: string; beads: Bead[]; before: Bead[] } {
  const pins = readPins(file, 'alignment.yml', ru.length, en.length).pins;
  const before = alignParagraphs(ru, en, { pins }).beads;
  const text = rewriteAlignmentFile(file, pinChange(before, pins, edit));
  const read = readPins(text, 'alignment.yml', ru.length, en.length);
  expect(read.problems).toEqual([]);
  return { file: text, beads: alignParagraphs(ru, en, { pins: read.pins }).beads, before };
}

const has = (beads: Bead[], bead: Bead) => beads.some((other) => `${other.ru}|${other.en}` === `${bead.ru}|${bead.en}`);

test('merging two passages pins their union, and the aligner keeps it', () => {
  const { file, beads, before } = edited({ kind: 'merge', bead: 5 });
  const merged = { ru: [...before[5].ru, ...before[6].ru], en: [...before[5].en, ...before[6].en] };
  expect(has(beads, merged)).toBe(true);
  expect(beads).toHaveLength(before.length - 1);
  // The hand-written pin and both comments are still there.
  expect(file).toContain('# Checked against the 1912 edition.');
  expect(file).toMatch(/- ru 1 = en 1\s+# the heading/);
});

test('splitting a passage pins both parts', () => {
  const base = alignParagraphs(ru, en).beads;
  const index = base.findIndex((bead) => bead.ru.length + bead.en.length >= 3 && bead.en.length >= 2);
  const bead = base[index];
  const { beads } = edited({ kind: 'split', bead: index, ru: bead.ru[bead.ru.length - 1] + 1, en: bead.en[bead.en.length - 1] }, 'pins: []\n');
  expect(has(beads, { ru: bead.ru, en: bead.en.slice(0, -1) })).toBe(true);
  expect(has(beads, { ru: [], en: bead.en.slice(-1) })).toBe(true);
});

test('a paragraph marked untranslated or added becomes a bead of its own', () => {
  expect(has(edited({ kind: 'untranslated', ru: 10 }).beads, { ru: [10], en: [] })).toBe(true);
  expect(has(edited({ kind: 'added', en: 12 }).beads, { ru: [], en: [12] })).toBe(true);
});

test('pinning a passage keeps it as it stands; an edit over a hand-written pin replaces that pin only', () => {
  const { file } = edited({ kind: 'pin', bead: 3 });
  expect(file.match(/^ {2}- /gm)).toHaveLength(2);
  const replaced = edited({ kind: 'merge', bead: 0 });
  expect(replaced.file).not.toMatch(/ru 1 = en 1\s+# the heading/);
  expect(replaced.file).toContain('# Checked against the 1912 edition.');
});

test('unpinning a passage removes the pins that hold it, and the aligner places it again', () => {
  const merged = edited({ kind: 'merge', bead: 5 });
  const pins = readPins(merged.file, 'alignment.yml', ru.length, en.length).pins;
  const mergedBead = merged.beads[5];
  expect(pins.map(({ ru: r, en: e }) => ({ ru: r, en: e }))).toContainEqual(mergedBead);
  const text = rewriteAlignmentFile(merged.file, pinChange(merged.beads, pins, { kind: 'unpin', bead: 5 }));
  const left = readPins(text, 'alignment.yml', ru.length, en.length);
  expect(left.problems).toEqual([]);
  // The merge's pin is gone; the hand-written pin and the comments stay.
  expect(left.pins.map(({ ru: r, en: e }) => ({ ru: r, en: e }))).toEqual([{ ru: [0], en: [0] }]);
  expect(text).toContain('# Checked against the 1912 edition.');
  expect(alignParagraphs(ru, en, { pins: left.pins }).beads).toEqual(merged.before);
  expect(() => pinChange(merged.before, left.pins, { kind: 'unpin', bead: 5 })).toThrow(/passage 6 is not pinned/);
});

test('pins written on one line, in another notation, lose only the one an edit replaces', () => {
  const file = 'pins: [ru 1 ↔ en 1, ru 5–6 = en 6]\n';
  const pins = readPins(file, 'alignment.yml', ru.length, en.length).pins;
  const text = rewriteAlignmentFile(file, { add: [{ ru: [0, 1], en: [0, 1] }], remove: [pins[0]] });
  expect(readPins(text, 'alignment.yml', ru.length, en.length).pins.map(({ ru: r, en: e }) => ({ ru: r, en: e })))
    .toEqual([{ ru: [0, 1], en: [0, 1] }, { ru: [4, 5], en: [5] }]);
});

test('an edit that cannot be made is refused with a reason', () => {
  const beads = alignParagraphs(ru, en).beads;
  expect(() => pinChange(beads, [], { kind: 'merge', bead: beads.length - 1 })).toThrow(EditRefused);
  expect(() => pinChange(beads, [], { kind: 'pin', bead: beads.length })).toThrow(/there is no passage/);
  expect(() => pinChange(beads, [], { kind: 'split', bead: 0, ru: 0, en: 0 })).toThrow(/cannot be split there/);
});

test('a document without alignment.yml gets one, one pin per line', () => {
  const text = rewriteAlignmentFile(undefined, { add: [{ ru: [2, 3], en: [4] }], remove: [] });
  expect(text).toBe('pins:\n  - ru 3-4 = en 5\n');
});

describe('sverka pin', () => {
  const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';
  let corpus: string;
  beforeEach(async () => {
    corpus = await mkdtemp(path.join(tmpdir(), 'sverka-pin-'));
    await cp(path.join('texts', TELEGRAM), path.join(corpus, TELEGRAM), { recursive: true });
  });
  afterEach(() => rm(corpus, { recursive: true, force: true }));

  test('writes the edit as a pin the document then reads and aligns around', async () => {
    const folder = path.join(corpus, TELEGRAM);
    const { code, lines } = await sverka('pin', folder, 'merge', '3');
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/alignment\.yml: 1 pin\(s\): ru 3-4 = en 3$/);
    const document = (await loadDocument(TELEGRAM, corpus))!;
    expect(document.problems).toEqual([]);
    expect(analyseDocument(document).beads).toContainEqual({ ru: [2, 3], en: [2] });
  });

  test('ten edits at once each keep their pin; a bad edit is refused and writes nothing', async () => {
    const folder = path.join(corpus, TELEGRAM);
    const results = await Promise.all(Array.from({ length: 10 }, (_, index) => sverka('pin', folder, 'keep', String(10 + 2 * index))));
    expect(results.map((result) => result.code)).toEqual(Array(10).fill(0));
    const written = await readFile(path.join(folder, 'alignment.yml'), 'utf8');
    expect(written.match(/^ {2}- /gm)).toHaveLength(10);
    expect(await sverka('pin', folder, 'merge', '999')).toMatchObject({ code: 1, lines: [expect.stringMatching(/there is no passage 999/)] });
    expect(await readFile(path.join(folder, 'alignment.yml'), 'utf8')).toBe(written);
    expect((await sverka('pin', folder, 'split', '3')).code).toBe(2);
  });

  test('with --revision, an edit applies to the alignment its numbers were read from, or is refused and writes nothing', async () => {
    const folder = path.join(corpus, TELEGRAM);
    const seen = await currentRevision(corpus, TELEGRAM);
    expect((await sverka('pin', folder, 'merge', '3', '--revision', seen)).code).toBe(0);
    const written = await readFile(path.join(folder, 'alignment.yml'), 'utf8');
    // Passage 5 of the page that gave `seen` is passage 4 now: the same numbers would name another passage.
    const stale = await sverka('pin', folder, 'merge', '5', '--revision', seen);
    expect(stale).toMatchObject({ code: 1, lines: [expect.stringMatching(new RegExp(`the alignment is no longer revision ${seen} .* Nothing was written$`))] });
    expect(await readFile(path.join(folder, 'alignment.yml'), 'utf8')).toBe(written);
    const current = await currentRevision(corpus, TELEGRAM);
    expect((await sverka('pin', folder, 'merge', '4', '--revision', current)).code).toBe(0);
    expect((await sverka('pin', folder, 'keep', '4', '--revision', 'not-a-revision')).code).toBe(2);
  });

  test('unpin removes the pins of one passage and keeps the others', async () => {
    const folder = path.join(corpus, TELEGRAM);
    expect((await sverka('pin', folder, 'merge', '3')).code).toBe(0);
    expect((await sverka('pin', folder, 'keep', '10')).code).toBe(0);
    const { code, lines } = await sverka('pin', folder, 'unpin', '3');
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/alignment\.yml: 1 pin\(s\): ru 11 = en 10$/);
    expect(await sverka('pin', folder, 'unpin', '3')).toMatchObject({ code: 1, lines: [expect.stringMatching(/passage 3 is not pinned/)] });
  });
});
