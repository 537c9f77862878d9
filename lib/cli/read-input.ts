/** Reading the plain-text or Markdown files the `align`, `check` and `notes` commands take. */
import { FileRefused, readBoundedFile } from '../files';
import { decodeSource, MAX_SOURCE_BYTES, splitPlainParagraphs } from '../text';
import type { Output } from './output';

/** A file the command cannot use; the message names the file and line. */
export class InputError extends Error {}

/**
 * The decoded text of a file, or undefined when it is empty (reported on stderr, as every repair
 * is). A folder, a pipe, a file over the size limit or bytes that are not text throw InputError.
 */
export async function readInputText(file: string, output: Output): Promise<string | undefined> {
  const bytes = await readBoundedFile(file, MAX_SOURCE_BYTES).catch((error) => {
    throw error instanceof FileRefused ? new InputError(error.message) : error;
  });
  const decoded = decodeSource(bytes, file);
  for (const problem of decoded.problems) {
    if (problem.severity === 'warning' || problem.code === 'empty-file') output.error(`${problem.file}:${problem.line}: warning: ${problem.message}`);
  }
  const fatal = decoded.problems.find((problem) => problem.severity === 'error' && problem.code !== 'empty-file');
  if (fatal) throw new InputError(`${fatal.file}:${fatal.line}: ${fatal.message}`);
  return decoded.text;
}

/**
 * The paragraphs of a file (blocks separated by blank lines). An empty file has none, which is a
 * valid answer (nothing translated).
 */
export async function readParagraphFile(file: string, output: Output): Promise<string[]> {
  const text = await readInputText(file, output);
  return text === undefined ? [] : splitPlainParagraphs(text);
}
