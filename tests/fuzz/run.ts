/**
 * `npm run fuzz`: the long fuzz campaign, 100,000 cases per stage by default.
 *
 *   npm run fuzz                          every stage, 100,000 cases each
 *   npm run fuzz -- --runs 5000 align     some stages, fewer cases
 *   npm run fuzz -- --seed 42             replay a campaign
 *
 * Prints one row per stage (cases, failures, time) and, for a failure, the shrunk counterexample
 * with the seed and path that replay it. Exits 1 if any stage failed.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { printFigures } from '../bench/report';
import { runExtremes } from './extremes';
import { STAGES } from './stages';

/** The campaign size. */
const DEFAULT_RUNS = 100_000;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' }, seed: { type: 'string' }, 'no-extremes': { type: 'boolean', default: false } } });
const runs = Number(values.runs ?? DEFAULT_RUNS);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
const chosen = positionals.length > 0 ? STAGES.filter((stage) => positionals.includes(stage.name)) : STAGES;

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
  for (const [name, value] of await runExtremes()) rows.push([name, value]);
}
// Only a whole campaign at the size replaces the figures the bench summary shows.
printFigures('fuzz', rows, { save: chosen.length === STAGES.length && runs >= DEFAULT_RUNS && !values['no-extremes'] });
process.exit(failed ? 1 : 0);
