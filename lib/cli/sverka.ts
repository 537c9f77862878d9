/**
 * The `sverka` command line: `npm run --silent sverka -- <command> …`.
 * Each command lives in its own module; this file only dispatches.
 */
import { pathToFileURL } from 'node:url';
import { FileRefused } from '../files';
import { consoleOutput, type Output } from './output';

type Command = (args: string[], output: Output) => Promise<number>;

/** A command's code and usage line, loaded only when the command runs (a one-command run reads a fraction of the CLI's code). */
type CommandModule = () => Promise<{ run: Command; usage: string }>;

const COMMANDS: Record<string, CommandModule> = {
  analyse: () => import('./analyse-command').then((m) => ({ run: m.runAnalyse, usage: m.ANALYSE_USAGE })),
  align: () => import('./align-command').then((m) => ({ run: m.runAlign, usage: m.ALIGN_USAGE })),
  check: () => import('./check-command').then((m) => ({ run: m.runCheck, usage: m.CHECK_USAGE })),
  edit: () => import('./edit-command').then((m) => ({ run: m.runEdit, usage: m.EDIT_USAGE })),
  export: () => import('./export-command').then((m) => ({ run: m.runExport, usage: m.EXPORT_USAGE })),
  import: () => import('./import-command').then((m) => ({ run: m.runImport, usage: m.IMPORT_USAGE })),
  'import-original': () => import('./import-original-command').then((m) => ({ run: m.runImportOriginal, usage: m.IMPORT_ORIGINAL_USAGE })),
  notes: () => import('./notes-command').then((m) => ({ run: m.runNotes, usage: m.NOTES_USAGE })),
  pin: () => import('./pin-command').then((m) => ({ run: m.runPin, usage: m.PIN_USAGE })),
  review: () => import('./review-command').then((m) => ({ run: m.runReview, usage: m.REVIEW_USAGE })),
  'static-site': () => import('./static-site-command').then((m) => ({ run: m.runStaticSite, usage: m.STATIC_SITE_USAGE })),
  search: () => import('./search-command').then((m) => ({ run: m.runSearch, usage: m.SEARCH_USAGE })),
  validate: () => import('./validate-command').then((m) => ({ run: m.runValidate, usage: m.VALIDATE_USAGE })),
};

/** Run the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], output: Output = consoleOutput): Promise<number> {
  const [name, ...args] = argv;
  const load = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    const commands = await Promise.all(Object.values(COMMANDS).map((loadCommand) => loadCommand()));
    const usage = ['usage: sverka <command> …', ...commands.map((entry) => `  ${entry.usage}`)].join('\n');
    if (name && name !== 'help' && name !== '--help') output.error(`unknown command "${name}"\n${usage}`);
    else output.line(usage);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  const command = await load();
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
