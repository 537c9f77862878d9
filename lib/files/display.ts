/** Paths as messages show them. */
import path from 'node:path';

/**
 * `file` relative to the working folder, as a person typed it ("texts/<slug>/ru.md"), or "."
 * for the working folder itself. Absolute paths inside the corpus stay out of messages.
 */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || '.';
}
