/**
 * The `sverka` command line: `npm run --silent sverka -- <command> …`.
 * Each command lives in its own module; this file only dispatches.
 */
import { pathToFileURL } from 'node:url';
import { ALIGN_USAGE, runAlign } from './align-command';
import { CHECK_USAGE, runCheck } from './check-command';
import { EDIT_USAGE, runEdit } from './edit-command';
import { EXPORT_USAGE, runExport } from './export-command';
import { IMPORT_USAGE, runImport } from './import-command';
import { NOTES_USAGE, runNotes } from './notes-command';
import { PIN_USAGE, runPin } from './pin-command';
import { REVIEW_USAGE, runReview } from './review-command';
import { runSearch, SEARCH_USAGE } from './search-command';
import { FileRefused } from '../files';
import { consoleOutput, type Output } from './output';
import { runValidate, VALIDATE_USAGE } from './validate-command';

type Command = (args: string[], output: Output) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  align: { run: runAlign, usage: ALIGN_USAGE },
  check: { run: runCheck, usage: CHECK_USAGE },
  edit: { run: runEdit, usage: EDIT_USAGE },
  export: { run: runExport, usage: EXPORT_USAGE },
  import: { run: runImport, usage: IMPORT_USAGE },
  notes: { run: runNotes, usage: NOTES_USAGE },
  pin: { run: runPin, usage: PIN_USAGE },
  review: { run: runReview, usage: REVIEW_USAGE },
  search: { run: runSearch, usage: SEARCH_USAGE },
  validate: { run: runValidate, usage: VALIDATE_USAGE },
};

/** Run the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], output: Output = consoleOutput): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const usage = ['usage: sverka <command> …', ...Object.values(COMMANDS).map((entry) => `  ${entry.usage}`)].join('\n');
    if (name && name !== 'help' && name !== '--help') output.error(`unknown command "${name}"\n${usage}`);
    else output.line(usage);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  try {
    return await command.run(args, output);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      output.error(`${(error as Error).message}\nusage: sverka ${command.usage}`);
      return 2;
    }
    // A path that is not a readable file (a folder, a pipe, a link, a missing file): one line, not a stack trace.
    if (error instanceof FileRefused) {
      output.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
