/**
 * The short fuzz campaign: every stage's property (tests/fuzz/stages.ts) on a few hundred random
 * and mutated inputs, with the test run's fixed seed (tests/unit/fast-check-setup.ts) so that CI
 * is repeatable. The long, randomly seeded campaign is `npm run fuzz`.
 */
import fc from 'fast-check';
import { EVERYTHING_KEPT, MANY_PARAGRAPHS, runExtremes } from '../fuzz/extremes';
import { HOSTILE_SHAPES } from '../fuzz/shapes';
import { STAGES } from '../fuzz/stages';

/** Cases per stage in the test run: enough to catch regressions, quick on a shared machine. */
const SHORT_RUNS = 200;

test.each(STAGES.map((stage) => [stage.name, stage] as const))('%s: %#', (_name, stage) => {
  fc.assert(stage.property(), { numRuns: SHORT_RUNS });
});

/** Share of the extreme sizes (5 MB, 100,000 paragraphs) used in the test run; `npm run fuzz` runs them whole. */
const EXTREME_SCALE = 0.01;

test('extreme shapes (a huge paragraph, very many paragraphs, empty sides) go through every stage losing nothing', async () => {
  const results = await runExtremes(EXTREME_SCALE);
  const many = Math.round(MANY_PARAGRAPHS * EXTREME_SCALE);
  expect(results.map(({ paragraphs, outcome }) => ({ paragraphs, outcome }))).toEqual([
    { paragraphs: { ru: 1, en: 1 }, outcome: EVERYTHING_KEPT },
    { paragraphs: { ru: many, en: many }, outcome: EVERYTHING_KEPT },
    { paragraphs: { ru: 2, en: 0 }, outcome: EVERYTHING_KEPT },
    { paragraphs: { ru: 0, en: 2 }, outcome: EVERYTHING_KEPT },
    { paragraphs: { ru: 0, en: 0 }, outcome: EVERYTHING_KEPT },
  ]);
});

/** Share of the hostile shapes' sizes used in the test run: each shape's invariant, not its timing. */
const HOSTILE_SCALE = 0.05;

test.each(HOSTILE_SHAPES.map((shape) => [shape.name, shape] as const))('hostile shape: %s goes through its stages losing nothing', (_name, shape) => {
  shape.run(Math.max(1, Math.round(shape.size * HOSTILE_SCALE)));
  // Past every guard's limit too, where the stage reads the shape literally.
  shape.run(shape.size);
});
