/** `sverka notes FILE [--json]`: the translator's and editor's notes of one Markdown file. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { NOTE_KIND_LABELS, findNotes } from '../notes';
import { parseMarkdown } from '../parse';
import { decodeSource } from '../text';
import type { Lang } from '../types';
import type { Output } from './output';

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
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) {
    output.error(`${file}: no such file`);
    return 1;
  }
  const decoded = decodeSource(bytes, file);
  const fatal = decoded.problems.find((problem) => problem.severity === 'error');
  if (decoded.text === undefined || fatal) {
    output.error(`${file}:${fatal?.line ?? 1}: ${fatal?.message ?? 'unreadable'}`);
    return 1;
  }
  const { paragraphs } = parseMarkdown(decoded.text, file);
  const { notes, problems } = findNotes(paragraphs, languageOf(decoded.text));
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
