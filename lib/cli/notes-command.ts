/** `sverka notes FILE [--json]`: the translator's and editor's notes of one Markdown file. */
import { parseArgs } from 'node:util';
import { NOTE_KIND_LABELS, findNotes } from '../notes';
import { parseMarkdown } from '../parse';
import type { Lang } from '../types';
import type { Output } from './output';
import { InputError, readInputText } from './read-input';

/** Usage line shown by `sverka help`. */
export const NOTES_USAGE = 'notes FILE [--json]   list the notes (brackets, footnotes) of a Markdown file';

/** Run the notes command; returns the process exit code. */
export async function runNotes(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) {
    output.error(`usage: sverka ${NOTES_USAGE}`);
    return 2;
  }
  const file = positionals[0];
  let text: string | undefined;
  try {
    text = await readInputText(file, output);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    output.error(error.message);
    return 1;
  }
  const { paragraphs } = parseMarkdown(text ?? '', file);
  const { notes, problems } = findNotes(paragraphs, languageOf(text ?? ''));
  if (values.json) {
    output.line(JSON.stringify({ notes, problems }, null, 2));
    return 0;
  }
  for (const note of notes) {
    const attached = note.attachedTo ? ` (on "${note.attachedTo}")` : '';
    output.line(`¶${String(note.paragraph).padEnd(4)} ${NOTE_KIND_LABELS[note.kind].padEnd(34)} ${`${note.start}-${note.end}`.padEnd(9)} ${JSON.stringify(note.text)}${attached}`);
  }
  for (const problem of problems) output.line(`${problem.file}:${problem.line}: ${problem.severity}: ${problem.message}`);
  output.line(`${notes.length} note(s), ${problems.length} problem(s)`);
  return 0;
}

/** The language of a text by its letters: Cyrillic or Latin. */
function languageOf(text: string): Lang {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > latin ? 'ru' : 'en';
}
