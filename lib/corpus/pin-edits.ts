/**
 * Alignment edits as a person makes them in the reader (merge two passages, split one, mark a
 * paragraph untranslated or added, pin a passage as it stands), turned into changes of
 * `alignment.yml`: the pins the edit makes, and the pins it replaces. The file is rewritten with
 * the `yaml` library's document model, so the pins and comments it does not touch stay as the
 * person wrote them. Writing, and re-aligning around the pins, is the caller's.
 */
import { isScalar, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { sha256Hex } from '../text';
import { canonicalPin, pinNotation } from './pins';
import type { Bead, Pin } from '../types';

/** One edit of the alignment. Bead and paragraph numbers are 0-based. */
export type AlignmentEdit =
  /** Join bead `bead` with the one after it. */
  | { kind: 'merge'; bead: number }
  /** Cut bead `bead` so that a second bead starts at Russian paragraph `ru` and English paragraph `en`. */
  | { kind: 'split'; bead: number; ru: number; en: number }
  /** Russian paragraph `ru` has no translation. */
  | { kind: 'untranslated'; ru: number }
  /** English paragraph `en` has no original. */
  | { kind: 'added'; en: number }
  /** Keep bead `bead` as the aligner made it. */
  | { kind: 'pin'; bead: number }
  /** Let the aligner place bead `bead` again: the pins that hold its paragraphs are removed. */
  | { kind: 'unpin'; bead: number };

/** Hex digits of an alignment's revision: 64 bits, so two different alignments of one document practically never share one. */
export const ALIGNMENT_REVISION_LENGTH = 16;

/**
 * The revision of an alignment: a hash of its beads. An edit names passages by their numbers on
 * the page it was made on; the page sends the revision it showed, and the edit is made only if
 * the document's alignment is still that one (not changed meanwhile by an edit in another
 * window, `sverka pin` or a hand edit of alignment.yml or of the texts).
 */
export function alignmentRevision(beads: Bead[]): string {
  return sha256Hex(beads.map(pinNotation).join('\n'), ALIGNMENT_REVISION_LENGTH);
}

/** A revision as `alignmentRevision` writes it. */
const REVISION_FORMAT = new RegExp(`^[0-9a-f]{${ALIGNMENT_REVISION_LENGTH}}$`);

/** Whether `text` has the form of an alignment's revision (whether any alignment has it is `recordAlignmentEdit`'s to say). */
export function isAlignmentRevision(text: string): boolean {
  return REVISION_FORMAT.test(text);
}

/** An edit that cannot be made, with a sentence a person can act on. */
export class EditRefused extends Error {}

/** An edit refused because the alignment it was made on is no longer the document's (`alignmentRevision`). */
export class AlignmentChanged extends EditRefused {}

/** What an edit changes in `alignment.yml`: the beads it pins, and the existing pins they replace. */
export interface PinChange {
  add: Bead[];
  remove: Pin[];
}

/** The pins an edit adds to the document's current beads and the pins it replaces (or, unpinning, removes). */
export function pinChange(beads: Bead[], pins: Pin[], edit: AlignmentEdit): PinChange {
  if (edit.kind === 'unpin') {
    const remove = pinsOver(pins, [beadOf(beads, edit.bead)]);
    if (remove.length === 0) throw new EditRefused(`passage ${edit.bead + 1} is not pinned: the aligner places it already`);
    return { add: [], remove };
  }
  const add = editedBeads(beads, edit);
  return { add, remove: pinsOver(pins, add) };
}

/** The pins that hold any paragraph of `beads`. */
function pinsOver(pins: Pin[], beads: Bead[]): Pin[] {
  const ru = new Set(beads.flatMap((bead) => bead.ru));
  const en = new Set(beads.flatMap((bead) => bead.en));
  return pins.filter((pin) => pin.ru.some((index) => ru.has(index)) || pin.en.some((index) => en.has(index)));
}

/** Bead `index` of the current alignment; refused when there is none. */
function beadOf(beads: Bead[], index: number): Bead {
  const bead = beads[index];
  if (!bead) throw new EditRefused(`there is no passage ${index + 1} (the document has ${beads.length})`);
  return bead;
}

function editedBeads(beads: Bead[], edit: Exclude<AlignmentEdit, { kind: 'unpin' }>): Bead[] {
  const beadAt = (index: number) => beadOf(beads, index);
  switch (edit.kind) {
    case 'pin':
      return [beadAt(edit.bead)];
    case 'merge': {
      const [first, second] = [beadAt(edit.bead), beadAt(edit.bead + 1)];
      return [{ ru: [...first.ru, ...second.ru], en: [...first.en, ...second.en] }];
    }
    case 'split': {
      const bead = beadAt(edit.bead);
      const head = { ru: bead.ru.filter((index) => index < edit.ru), en: bead.en.filter((index) => index < edit.en) };
      const tail = { ru: bead.ru.filter((index) => index >= edit.ru), en: bead.en.filter((index) => index >= edit.en) };
      const parts = [head, tail].filter((part) => part.ru.length + part.en.length > 0);
      if (parts.length < 2) throw new EditRefused(`passage ${edit.bead + 1} cannot be split there: one side of the cut would be empty`);
      return parts;
    }
    case 'untranslated':
      return [{ ru: [edit.ru], en: [] }];
    case 'added':
      return [{ ru: [], en: [edit.en] }];
  }
}

/**
 * `alignment.yml` with a change applied: the replaced pins' items removed (recognised by what
 * they pin, however they were written, so a list on one line loses only those) and the new pins
 * appended; every other item and comment kept. `text` is undefined when the document has no
 * alignment.yml yet.
 */
export function rewriteAlignmentFile(text: string | undefined, change: PinChange): string {
  const document = parseDocument(text ?? 'pins: []\n');
  let pins = document.get('pins', true);
  if (!isSeq(pins)) {
    pins = new YAMLSeq();
    document.set('pins', pins);
  }
  const sequence = pins as YAMLSeq;
  const removed = new Set(change.remove.map(pinNotation));
  sequence.items = sequence.items.filter((item) => !(isScalar(item) && removed.has(canonicalPin(String(item.value)) ?? '')));
  // Flow style ("pins: []") would put new pins on one line; people read and write them one per line.
  sequence.flow = false;
  for (const bead of change.add) sequence.add(document.createNode(pinNotation(bead)));
  return document.toString();
}
