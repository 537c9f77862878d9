/**
 * How benchmarks report: each prints its figures as a two-column table and saves them, so that
 * `npm run bench` can end with one table of every figure (and the README can show it).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';

/** Where each benchmark's last figures are kept (ignored by git, like the rest of node_modules). */
export const RESULTS_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'sverka', 'bench');

/** One figure: what was measured, and the measurement with its unit. */
export type Figure = [name: string, value: string];

/** The machine the figures were measured on, for the table's heading. */
export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${process.platform} ${process.arch}, Node ${process.version}`;
}

/** Print `figures` under the benchmark's name and, unless told not to (a partial run), save them for the summary. */
export function printFigures(benchmark: string, figures: Figure[], options: { save?: boolean } = {}): void {
  console.log(`\n${benchmark}`);
  const width = Math.max(...figures.map(([name]) => name.length));
  for (const [name, value] of figures) console.log(`  ${name.padEnd(width)}  ${value}`);
  if (options.save === false) return;
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, `${benchmark}.json`), JSON.stringify({ benchmark, measured: new Date().toISOString(), machine: machine(), figures }, null, 2));
}

/** Every saved benchmark's figures, oldest benchmark name first. */
export function savedFigures(): Array<{ benchmark: string; measured: string; machine: string; figures: Figure[] }> {
  let names: string[] = [];
  try {
    names = readdirSync(RESULTS_DIR).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names.map((name) => JSON.parse(readFileSync(path.join(RESULTS_DIR, name), 'utf8')));
}
