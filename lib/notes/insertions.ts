/**
 * The translator's bare text: the paragraph without its editorial insertions, and the way back.
 * Removing a note also removes one space before it ("Filippov [Stalin] to" → "Filippov to"), and
 * records exactly what it removed, so restoring gives the original text character for character.
 */
import type { Note } from '../types';

/** Something removed from a text: where it goes back (an offset of the bare text) and what. */
export interface Removal {
  at: number;
  text: string;
}

/** A text without its insertions, and what was removed. */
export interface BareText {
  text: string;
  removed: Removal[];
}

/** Notes that are insertions into the running text; footnote markers stay. */
export function isInsertion(note: Note): boolean {
  return note.kind !== 'footnote';
}

/** Remove the outermost insertions of `notes` (all of one paragraph) from `text`. */
export function removeInsertions(text: string, notes: Note[]): BareText {
  const outermost = notes.filter(isInsertion)
    .filter((note, _, all) => !all.some((other) => other !== note && other.start <= note.start && note.end <= other.end))
    .sort((a, b) => a.start - b.start);
  const removed: Removal[] = [];
  let bare = '';
  let position = 0;
  for (const note of outermost) {
    if (note.start < position) continue;
    let start = note.start;
    if (start > position && text[start - 1] === ' ') start -= 1;
    bare += text.slice(position, start);
    removed.push({ at: bare.length, text: text.slice(start, note.end) });
    position = note.end;
  }
  bare += text.slice(position);
  return { text: bare, removed };
}

/** Put removed insertions back: the inverse of `removeInsertions`. */
export function restoreInsertions(bare: BareText): string {
  let text = '';
  let position = 0;
  for (const removal of bare.removed) {
    text += bare.text.slice(position, removal.at) + removal.text;
    position = removal.at;
  }
  return text + bare.text.slice(position);
}
