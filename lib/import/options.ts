/** What every import takes and how an unreadable input is refused. */
import type { Problem } from '../types';

/** An input that cannot be read as text at all, with its problems (file and line each). */
export class UnreadablePage extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join('\n'));
  }
}

/** Options of an import. */
export interface ImportOptions {
  /** Corpus folder to write into. Default: `texts`. */
  out?: string;
  /** Replace a folder that was edited by hand since it was imported. Default: false. */
  force?: boolean;
  /** Folder name to use instead of the one derived from the input. */
  slug?: string;
}
