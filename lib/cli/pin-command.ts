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
 * lock); the next build or check aligns around them.
 */
import path from 'node:path';
import { EditRefused, pinNotation, type AlignmentEdit } from '../corpus';
import { editAlignment } from '../edit';
import { FileRefused } from '../files';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const PIN_USAGE = 'pin texts/<slug> merge N | split N RU EN | untranslated RU | added EN | keep N | unpin N   fix the alignment (pins in alignment.yml)';

/** Run the pin command; returns the process exit code. */
export async function runPin(args: string[], output: Output): Promise<number> {
  const [folder, verb, ...numbers] = args;
  const edit = folder ? editOf(verb, numbers.map(Number)) : undefined;
  if (!folder || !edit) {
    output.error(`usage: sverka ${PIN_USAGE}\n(passages and paragraphs are numbered from 1, as the reader shows them; got: ${args.slice(1).join(' ') || 'nothing'})`);
    return 2;
  }
  const corpus = path.dirname(path.resolve(folder));
  const slug = path.basename(path.resolve(folder));
  try {
    const recorded = await editAlignment(corpus, slug, edit);
    output.line(`${recorded.file}: ${recorded.pins.length} pin(s): ${recorded.pins.map(pinNotation).join('; ')}`);
    return 0;
  } catch (error) {
    if (!(error instanceof EditRefused || error instanceof FileRefused)) throw error;
    output.error(error.message);
    return 1;
  }
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
