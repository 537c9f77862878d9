/**
 * Alignment edits as the reader's edit mode will make them: each edit becomes pins in
 * alignment.yml that read back without problems, the aligner keeps them, and the pins and
 * comments a person wrote by hand are kept.
 */
import { alignParagraphs } from '../../lib/align';
import { EditRefused, pinChange, readPins, rewriteAlignmentFile, type AlignmentEdit } from '../../lib/corpus';
import type { Bead } from '../../lib/types';
import { fixtureCase } from '../bench/cases';

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
