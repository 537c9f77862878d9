/**
 * Starts the `sverka` CLI quickly. The TypeScript sources are bundled once with esbuild into
 * node_modules/.cache/sverka/ (rebuilt whenever a file in lib/ changes), so each run loads plain
 * JavaScript, and only its own command's part of it, instead of compiling TypeScript on the fly.
 * This file is JavaScript because it runs before anything can be compiled.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = path.join(root, 'lib', 'cli', 'sverka.ts');
const cacheDir = path.join(root, 'node_modules', '.cache', 'sverka');
/** Bundles older than this are removed when a new one is built; a command still running from one has long loaded its code. */
const STALE_BUNDLE_MS = 60 * 60 * 1000;
/** Names of bundles in the cache folder: a bundle folder, one being built, or the old single file. */
const BUNDLE_NAME = /^(?:v\d+(?:\.\d+\.tmp)?|sverka\.mjs)$/;

function newestSource() {
  let newest = statSync(path.join(root, 'package-lock.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  for (const entry of readdirSync(path.join(root, 'lib'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * The bundle of the sources as they are now: one folder per state of the sources, named by the
 * newest file's time, holding the entry and one chunk per command (esbuild's code splitting), so
 * a run loads only its command's code. A bundle is built in a temporary folder and renamed into
 * place, so a concurrent run sees a whole bundle or none.
 */
async function ensureBundle() {
  const folder = path.join(cacheDir, `v${Math.floor(newestSource())}`);
  const entryFile = path.join(folder, 'sverka.js');
  if (statSync(entryFile, { throwIfNoEntry: false })) return entryFile;
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${folder}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry], bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', outdir: temporary,
    outExtension: { '.js': '.js' }, logLevel: 'error', legalComments: 'none',
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __sverkaCreateRequire } from 'node:module'; const require = __sverkaCreateRequire(import.meta.url);" },
  });
  writeFileSync(path.join(temporary, 'package.json'), '{"type":"module"}\n');
  try {
    renameSync(temporary, folder);
  } catch (error) {
    // Another run built the same sources first: use its bundle.
    if (!statSync(entryFile, { throwIfNoEntry: false })) throw error;
    rmSync(temporary, { recursive: true, force: true });
  }
  // Earlier bundles (and the single-file bundle of earlier versions); the folder also holds benchmark results, kept.
  for (const old of readdirSync(cacheDir)) {
    const oldPath = path.join(cacheDir, old);
    if (!BUNDLE_NAME.test(old) || oldPath === folder) continue;
    if (Date.now() - statSync(oldPath).mtimeMs > STALE_BUNDLE_MS) rmSync(oldPath, { recursive: true, force: true });
  }
  return entryFile;
}

// `sverka … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// The site's settings (SVERKA_SITE_URL), from the same .env files `next build` reads; the environment wins.
for (const file of ['.env.local', '.env']) {
  if (statSync(file, { throwIfNoEntry: false })?.isFile()) process.loadEnvFile(file);
}

const { main } = await import(pathToFileURL(await ensureBundle()).href);
process.exitCode = await main(process.argv.slice(2));
