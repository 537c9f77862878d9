/**
 * The short fuzz campaign: every stage's property (tests/fuzz/stages.ts) on a few hundred random
 * and mutated inputs per run, a fresh seed each time (fast-check prints it on failure). The long
 * campaign is `npm run fuzz`.
 */
import fc from 'fast-check';
import { STAGES } from '../fuzz/stages';

/** Cases per stage in the test run: enough to catch regressions, quick on a shared machine. */
const SHORT_RUNS = 200;

test.each(STAGES.map((stage) => [stage.name, stage] as const))('%s: %#', (_name, stage) => {
  fc.assert(stage.property(), { numRuns: SHORT_RUNS });
});
