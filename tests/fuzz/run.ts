/**
 * `npm run fuzz`: the long fuzz campaign, 100,000 cases per stage by default.
 *
 *   npm run fuzz                          every stage, 100,000 cases each, then the extreme and hostile shapes and the writers
 *   npm run fuzz -- --runs 5000 align     some stages, fewer cases
 *   npm run fuzz -- --seed 42             replay a campaign
 *   npm run fuzz -- shapes writers        only the hostile shapes (each at a size and twice it) and the writers under stress
 *
 * Prints one row per stage (cases, failures, time) and, for a failure, the shrunk counterexample
 * with the seed and path that replay it. Exits 1 if any stage failed.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { printFigures } from '../bench/report';
import { extremeRow, runExtremes } from './extremes';
import { runHostileShapes } from './shapes';
import { STAGES } from './stages';
import { killedWrites, parallelReviews } from './writers';

/** The campaign size. */
const DEFAULT_RUNS = 100_000;
/** Rounds of concurrent reviews and random kills in a whole campaign: a few minutes on this machine. */
const WRITER_ROUNDS = 20;
const WRITER_KILLS = 40;
/** Campaign parts that are not fast-check stages, chosen by name like the stages. */
const PARTS = ['shapes', 'writers'];

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' }, seed: { type: 'string' }, 'no-extremes': { type: 'boolean', default: false } } });
const runs = Number(values.runs ?? DEFAULT_RUNS);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
const chosen = positionals.length > 0 ? STAGES.filter((stage) => positionals.includes(stage.name)) : STAGES;
const part = (name: string) => positionals.length === 0 || positionals.includes(name);
const unknown = positionals.filter((name) => !PARTS.includes(name) && !STAGES.some((stage) => stage.name === name));
if (unknown.length > 0) {
  console.error(`unknown stage or part: ${unknown.join(', ')}; choose from ${[...STAGES.map((stage) => stage.name), ...PARTS].join(', ')}`);
  process.exit(2);
}

let failed = false;
const rows: Array<[string, string]> = [];
console.log(`fuzz campaign: ${runs} cases per stage, seed ${seed}`);
for (const stage of chosen) {
  const start = performance.now();
  const result = fc.check(stage.property(), { numRuns: runs, seed });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const verdict = result.failed ? `FAILED after ${result.numRuns} cases` : `${result.numRuns} cases, no failure`;
  rows.push([`fuzz ${stage.name}`, `${verdict} (${seconds} s): ${stage.invariant}`]);
  console.log(`  ${stage.name.padEnd(8)} ${verdict} in ${seconds} s`);
  if (result.failed) {
    failed = true;
    console.log(`    counterexample: ${fc.stringify(result.counterexample)}`);
    console.log(`    error: ${String(result.errorInstance).slice(0, 500)}`);
    console.log(`    replay: npm run fuzz -- --runs ${runs} --seed ${result.seed} ${stage.name}   (path ${result.counterexamplePath})`);
  }
}
if (!values['no-extremes'] && positionals.length === 0) {
  for (const result of await runExtremes()) {
    const row = extremeRow(result);
    rows.push(row);
    if (row[1].startsWith('FAILED')) failed = true;
  }
}
// Only a whole campaign at the size replaces the figures the bench summary shows.
printFigures('fuzz', rows, { save: chosen.length === STAGES.length && runs >= DEFAULT_RUNS && !values['no-extremes'] });

// Hostile shapes and writers under stress: their own figures, saved whenever both ran whole.
const hostileRows: Array<[string, string]> = [];
if (part('shapes')) {
  for (const { row, linear } of runHostileShapes()) {
    hostileRows.push(row);
    if (!linear) failed = true;
  }
}
if (part('writers')) {
  try {
    hostileRows.push(await parallelReviews(WRITER_ROUNDS), await killedWrites(WRITER_KILLS));
  } catch (error) {
    failed = true;
    hostileRows.push(['writers', `FAILED: ${(error as Error).message}`]);
  }
}
if (hostileRows.length > 0) printFigures('hostile', hostileRows, { save: part('shapes') && part('writers') });
process.exit(failed ? 1 : 0);
