/**
 * Starts the `sverka` CLI quickly. The TypeScript sources are bundled once with esbuild into
 * node_modules/.cache/sverka/ (rebuilt whenever a file in lib/ is newer than the bundle), so
 * each run loads one plain JavaScript file instead of compiling TypeScript on the fly. This file
 * is JavaScript because it runs before anything can be compiled.
 */
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = path.join(root, 'lib', 'cli', 'sverka.ts');
const cacheDir = path.join(root, 'node_modules', '.cache', 'sverka');
const bundle = path.join(cacheDir, 'sverka.mjs');

function newestSource() {
  let newest = statSync(path.join(root, 'package-lock.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  for (const entry of readdirSync(path.join(root, 'lib'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

async function ensureBundle() {
  const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (built >= newestSource()) return;
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: temporary,
    logLevel: 'error', legalComments: 'none',
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __sverkaCreateRequire } from 'node:module'; const require = __sverkaCreateRequire(import.meta.url);" },
  });
  renameSync(temporary, bundle);
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

await ensureBundle();
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
