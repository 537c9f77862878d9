/** Reading the plain-text or Markdown files the `align` and `check` commands take. */
import { readFile } from 'node:fs/promises';
import { decodeSource, splitPlainParagraphs } from '../text';
import type { Output } from './output';

/** A file the command cannot use; the message names the file and line. */
export class InputError extends Error {}

/**
 * The paragraphs of a file (blocks separated by blank lines). An empty file has none, which is a
 * valid answer (nothing translated) and is reported on stderr; unreadable files throw InputError.
 */
export async function readParagraphFile(file: string, output: Output): Promise<string[]> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  const decoded = decodeSource(bytes, file);
  for (const problem of decoded.problems) {
    if (problem.severity === 'warning' || problem.code === 'empty-file') output.error(`${problem.file}:${problem.line}: warning: ${problem.message}`);
  }
  const fatal = decoded.problems.find((problem) => problem.severity === 'error' && problem.code !== 'empty-file');
  if (fatal) throw new InputError(`${fatal.file}:${fatal.line}: ${fatal.message}`);
  return decoded.text === undefined ? [] : splitPlainParagraphs(decoded.text);
}
