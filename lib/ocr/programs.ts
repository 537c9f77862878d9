/**
 * The OCR programs from Debian's packages, run as child processes: Tesseract (`tesseract-ocr`,
 * `tesseract-ocr-rus`) reads page images, Poppler (`poppler-utils`) counts and renders PDF pages.
 * Each run has a time limit and an output limit, and a program that is missing or fails becomes
 * an `OcrRefused` error saying what to install or what went wrong, never a stack trace.
 */
import { execFile } from 'node:child_process';

/** Why an OCR import cannot go on; the message names the file and says what to do. */
export class OcrRefused extends Error {}

/** Debian packages that hold each program, for the message when one is missing. */
const PACKAGE_OF: Record<string, string> = { tesseract: 'tesseract-ocr tesseract-ocr-rus', pdfinfo: 'poppler-utils', pdftoppm: 'poppler-utils' };

/**
 * Tesseract's OpenMP threads spin against each other on a 2-core machine: one page took 13.8 s
 * with the default threads and 2.6 s with one (the telegram rendered at 300 dpi). Pages are read
 * side by side instead, one process per core.
 */
const ONE_THREAD = { OMP_THREAD_LIMIT: '1' };

/** Largest output read from a program: a page's TSV is about 50 kB; a PDF's page list far less. */
const MAX_PROGRAM_OUTPUT = 64 * 1024 * 1024;

/** Options of one program run. */
export interface RunOptions {
  /** Milliseconds before the program is stopped. */
  timeout: number;
}

/** Run `program` with `args`; its standard output, or OcrRefused with its own words on failure. */
export function runProgram(program: string, args: string[], { timeout }: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { timeout, maxBuffer: MAX_PROGRAM_OUTPUT, encoding: 'utf8', env: { ...process.env, ...ONE_THREAD } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') {
          return reject(new OcrRefused(`${program} is not installed: apt-get install -y ${PACKAGE_OF[program] ?? program}`));
        }
        if ((error as { killed?: boolean }).killed) return reject(new OcrRefused(`${program} did not finish within ${Math.round(timeout / 1000)} s and was stopped`));
        const said = stderr.split('\n').map((line) => line.trim()).filter(Boolean).slice(0, 3).join('; ');
        reject(new OcrRefused(`${program} failed${said ? `: ${said}` : ''}`));
      });
  });
}

/** The OCR engine's name and version ("tesseract 5.3.0"), after checking it has every model in `languages` ("rus+eng"). */
export async function ocrEngine(languages: string): Promise<string> {
  const version = (await runProgram('tesseract', ['--version'], { timeout: 30_000 })).split('\n')[0].trim();
  const installed = new Set((await runProgram('tesseract', ['--list-langs'], { timeout: 30_000 })).split('\n').slice(1).map((line) => line.trim()));
  const missing = languages.split('+').filter((language) => !installed.has(language));
  if (missing.length > 0) {
    const packages = missing.map((language) => `tesseract-ocr-${language}`).join(' ');
    throw new OcrRefused(`tesseract has no ${missing.join(', ')} model: apt-get install -y ${packages}`);
  }
  return version;
}
