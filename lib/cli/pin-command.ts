/**
 * `sverka pin texts/<slug> EDIT …`: fix the alignment without writing YAML by hand. Numbers are
 * the reader's, from 1: passages (the margin numbers, #bN) and paragraphs (¶ of each text).
 *
 *   sverka pin texts/<slug> merge 12          passage 12 and 13 become one
 *   sverka pin texts/<slug> split 12 31 33    passage 12 is cut before Russian ¶ 31 and English ¶ 33
 *   sverka pin texts/<slug> untranslated 31   Russian ¶ 31 has no translation
 *   sverka pin texts/<slug> added 33          English ¶ 33 has no original
 *   sverka pin texts/<slug> keep 12           passage 12 stays as it is
 *   sverka pin texts/<slug> unpin 12          the pins that hold passage 12 are removed: the aligner places it again
 *
 * The edit becomes pins in texts/<slug>/alignment.yml (written atomically, under the document's
 * lock); the next build or check aligns around them. With `--revision R`, the revision of the
 * alignment the numbers were read from (the reader's "Alignment to check" panel shows it), the
 * edit is refused, writing nothing, if the document's alignment is no longer that one: after
 * another edit, or a change to a text, passage 12 may be another passage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ALIGNMENT_REVISION_LENGTH, AlignmentChanged, EditRefused, isAlignmentRevision, pinNotation, type AlignmentEdit } from '../corpus';
import { editAlignment } from '../edit';
import { FileRefused } from '../files';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const PIN_USAGE = 'pin texts/<slug> merge N | split N RU EN | untranslated RU | added EN | keep N | unpin N [--revision R]   fix the alignment (pins in alignment.yml)';

/** Run the pin command; returns the process exit code. */
export async function runPin(args: string[], output: Output): Promise<number> {
  const parsed = parsePinArgs(args);
  if (!parsed) {
    output.error(`usage: sverka ${PIN_USAGE}\n(passages and paragraphs are numbered from 1, as the reader shows them; R is the alignment's revision, ${ALIGNMENT_REVISION_LENGTH} hex digits; got: ${args.slice(1).join(' ') || 'nothing'})`);
    return 2;
  }
  const { folder, edit, revision } = parsed;
  const corpus = path.dirname(path.resolve(folder));
  const slug = path.basename(path.resolve(folder));
  try {
    const recorded = await editAlignment(corpus, slug, edit, revision);
    output.line(`${recorded.file}: ${recorded.pins.length} pin(s): ${recorded.pins.map(pinNotation).join('; ')}`);
    return 0;
  } catch (error) {
    if (error instanceof AlignmentChanged) {
      output.error(`${slug}: the alignment is no longer revision ${revision} (another edit, or alignment.yml or a text changed since), so the numbers read from it may name other passages now; read them again from the current alignment (npm run edit, or the reader once rebuilt) and run the command with its revision. Nothing was written`);
      return 1;
    }
    if (!(error instanceof EditRefused || error instanceof FileRefused)) throw error;
    output.error(error.message);
    return 1;
  }
}

/** The folder, the edit and the revision a command line names; undefined when it is not a pin command. */
function parsePinArgs(args: string[]): { folder: string; edit: AlignmentEdit; revision?: string } | undefined {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { revision: { type: 'string' } } });
  } catch {
    return undefined;
  }
  const [folder, verb, ...numbers] = parsed.positionals;
  const revision = parsed.values.revision;
  const edit = folder ? editOf(verb, numbers.map(Number)) : undefined;
  if (!folder || !edit || (revision !== undefined && !isAlignmentRevision(revision))) return undefined;
  return { folder, edit, revision };
}

/** The edit a command line names, 1-based numbers made 0-based; undefined when it names none. */
function editOf(verb: string | undefined, numbers: number[]): AlignmentEdit | undefined {
  if (!numbers.every((number) => Number.isSafeInteger(number) && number >= 1)) return undefined;
  const [first, second, third] = numbers.map((number) => number - 1);
  if (verb === 'merge' && numbers.length === 1) return { kind: 'merge', bead: first };
  if (verb === 'keep' && numbers.length === 1) return { kind: 'pin', bead: first };
  if (verb === 'unpin' && numbers.length === 1) return { kind: 'unpin', bead: first };
  if (verb === 'untranslated' && numbers.length === 1) return { kind: 'untranslated', ru: first };
  if (verb === 'added' && numbers.length === 1) return { kind: 'added', en: first };
  if (verb === 'split' && numbers.length === 3) return { kind: 'split', bead: first, ru: second, en: third };
  return undefined;
}
