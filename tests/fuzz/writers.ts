/**
 * Writers under stress, as people run them: many `sverka review` commands on one document at
 * once, and imports and reviews killed with SIGKILL at random moments. After every round the
 * corpus must hold every dismissal, and every document folder must be whole or absent.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listSlugs, loadDocument } from '../../lib/corpus';
import { seedPath } from '../helpers/seeds';

const ROOT = process.cwd();
const CLI = path.join(ROOT, 'lib', 'cli', 'run.mjs');
const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';
const SEED_PAGE = seedPath('002');
/** Commands started together per round: as many as a person might start from a script. */
const PARALLEL_WRITERS = 10;

/** Run the CLI with `args` in a child process; its exit code and what it wrote to stderr. */
export function runCli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/**
 * Start the CLI with `args` and kill it with SIGKILL after `delayMs`. Waits for the process to
 * end either way: the close promise exists from the start, so a run that finishes before its kill
 * is not waited for forever.
 */
export async function killAfter(args: string[], delayMs: number): Promise<void> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
  const closed = new Promise((resolve) => child.on('close', resolve));
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  await closed;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Every document of `corpus` loads without an error (a folder cut in half would not). */
async function expectWhole(corpus: string): Promise<void> {
  for (const slug of await listSlugs(corpus).catch(() => [])) {
    const document = (await loadDocument(slug, corpus))!;
    const errors = document.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) fail(`${slug} is not whole after a kill: ${errors.map((problem) => problem.message).join('; ')}`);
  }
}

/** A copy of the bundled corpus in a temporary folder. */
function corpusCopy(): { dir: string; corpus: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sverka-writers-'));
  const corpus = path.join(dir, 'texts');
  cpSync(path.join(ROOT, 'texts'), corpus, { recursive: true });
  return { dir, corpus };
}

/** `rounds` rounds of PARALLEL_WRITERS concurrent reviews of one document; the row for the table. */
export async function parallelReviews(rounds: number): Promise<[string, string]> {
  execFileSync(process.execPath, [CLI, 'help'], { stdio: 'ignore' });
  const { dir, corpus } = corpusCopy();
  try {
    const folder = path.join(corpus, TELEGRAM);
    const finding = JSON.parse(execFileSync(process.execPath, [CLI, 'check', folder, '--json'], { encoding: 'utf8' })).findings[0].id as string;
    const start = performance.now();
    for (let round = 0; round < rounds; round++) {
      const results = await Promise.all(Array.from({ length: PARALLEL_WRITERS }, (_, k) => runCli(['review', folder, finding, '--reason', `round ${round} writer ${k}`])));
      const failed = results.find((result) => result.code !== 0);
      if (failed) fail(`a concurrent review failed: ${failed.stderr}`);
    }
    const kept = (await loadDocument(TELEGRAM, corpus))!.dismissals.length;
    if (kept !== rounds * PARALLEL_WRITERS) fail(`${kept} of ${rounds * PARALLEL_WRITERS} dismissals kept`);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    return ['writers: concurrent reviews', `${rounds} rounds of ${PARALLEL_WRITERS} review commands at once (${seconds} s): ${kept} of ${kept} dismissals kept`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `kills` imports and reviews killed at random moments of their run; the row for the table. */
export async function killedWrites(kills: number, random: () => number = Math.random): Promise<[string, string]> {
  execFileSync(process.execPath, [CLI, 'help'], { stdio: 'ignore' });
  const { dir, corpus } = corpusCopy();
  try {
    // A long page, so that a kill lands while the import writes.
    const body = Array.from({ length: 3000 }, (_, k) => `Параграф ${k}: товарищу Филиппову.\n\nParagraph ${k}: to Comrade Filippov.`).join('\n\n');
    const page = path.join(dir, 'long.txt');
    writeFileSync(page, readFileSync(SEED_PAGE, 'utf8').replace('Consequently we can', `${body}\n\nConsequently we can`));
    const out = path.join(dir, 'out');
    const folder = path.join(corpus, TELEGRAM);
    const finding = JSON.parse(execFileSync(process.execPath, [CLI, 'check', folder, '--json'], { encoding: 'utf8' })).findings[0].id as string;
    const lifetime = (args: string[]) => {
      const start = performance.now();
      execFileSync(process.execPath, [CLI, ...args], { stdio: 'ignore' });
      return performance.now() - start;
    };
    const importMs = lifetime(['import', page, '--out', path.join(dir, 'probe')]);
    const reviewMs = lifetime(['review', folder, finding, '--reason', 'probe']);
    let reviewsFinished = 0;
    const start = performance.now();
    for (let kill = 0; kill < kills; kill++) {
      if (kill % 2 === 0) {
        await killAfter(['import', page, '--out', out], random() * importMs);
        await expectWhole(out);
        const again = await runCli(['import', page, '--out', out]);
        if (again.code !== 0) fail(`the import after a kill failed: ${again.stderr}`);
      } else {
        const before = (await loadDocument(TELEGRAM, corpus))!.dismissals.length;
        await killAfter(['review', folder, finding, '--reason', `killed ${kill}`], random() * reviewMs);
        await expectWhole(corpus);
        const after = (await loadDocument(TELEGRAM, corpus))!.dismissals.length;
        if (after !== before && after !== before + 1) fail(`a killed review left ${after - before} new dismissals`);
        reviewsFinished += after - before;
      }
    }
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    return ['writers: killed writes', `${kills} imports and reviews killed with SIGKILL at random moments (${seconds} s; ${reviewsFinished} of the reviews finished before their kill): every folder whole or absent, every next import went through`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
