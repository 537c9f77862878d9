/**
 * Analyses kept on disk by content hash, so that each document is analysed once per state of its
 * files and of the code: by one build for every route that asks (the list, the page, its exports
 * and the search index run in separate worker processes), and by the next build only for the
 * documents that changed.
 *
 * An entry's key is the hash the in-process cache uses (everything the analysis depends on);
 * the folder it lives in is named by a hash of the analysing code (every file under `lib/` and the
 * lockfile), so a changed aligner or check never serves an old result. Entries are derived data:
 * written to a temporary file and renamed into place (a concurrent reader sees a whole entry or
 * none), read only below a size bound, and recomputed when unreadable.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../text';

/**
 * An entry larger than this is not read back (the analysis is recomputed instead). The analysis
 * of the 10,000-passage benchmark document is about 15 MB; nothing legitimate comes near this.
 */
const MAX_CACHE_ENTRY_BYTES = 256 * 2 ** 20;

/** Where entries go unless SVERKA_CACHE_DIR says otherwise: beside the CLI's bundle, ignored by git. */
const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'sverka', 'analysis');

/** Source files whose content names the code version. */
const CODE_FILE = /\.(?:ts|tsx|mjs|js|json)$/;

let codeVersion: string | null | undefined;

/**
 * The hash of the analysing code, or null when its sources are not beside the running process
 * (a deployment of the built server alone): then nothing is cached on disk.
 */
function currentCodeVersion(): string | null {
  if (codeVersion !== undefined) return codeVersion;
  const root = process.cwd();
  const libDir = path.join(/* turbopackIgnore: true */ root, 'lib');
  try {
    const files = readdirSync(libDir, { recursive: true, encoding: 'utf8' }).filter((file) => CODE_FILE.test(file)).sort();
    const parts = files.map((file) => `${file}\0${sha256Hex(readFileSync(path.join(libDir, file)))}`);
    parts.push(`package-lock.json\0${sha256Hex(readFileSync(path.join(/* turbopackIgnore: true */ root, 'package-lock.json')))}`);
    codeVersion = sha256Hex(parts.join('\n'), 16);
  } catch {
    codeVersion = null;
  }
  return codeVersion;
}

/**
 * The folder of this code version's entries, or null when the disk cache is off: without the
 * sources, and under Jest (a test of the analysis must see it computed) unless the test sets
 * SVERKA_CACHE_DIR itself.
 */
export function cacheFolder(): string | null {
  const configured = process.env.SVERKA_CACHE_DIR;
  if (!configured && process.env.NODE_ENV === 'test') return null;
  const version = currentCodeVersion();
  if (!version) return null;
  const root = path.resolve(/* turbopackIgnore: true */ configured || DEFAULT_CACHE_DIR);
  return path.join(/* turbopackIgnore: true */ root, version);
}

let prunedOldVersions = false;

/** Remove the entries of other code versions once per process: they can never be read again. */
function pruneOldVersions(folder: string): void {
  if (prunedOldVersions) return;
  prunedOldVersions = true;
  const parent = path.dirname(folder);
  for (const entry of readdirSync(parent)) {
    if (entry !== path.basename(folder)) rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
}

/** JSON with Maps kept (the analysis's word lexicon is one). */
function replacer(_key: string, value: unknown): unknown {
  return value instanceof Map ? { $map: [...value] } : value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && '$map' in value && Object.keys(value).length === 1) {
    return new Map((value as { $map: Array<[unknown, unknown]> }).$map);
  }
  return value;
}

function entryFile(folder: string, key: string): string {
  return path.join(folder, key.slice(0, 2), `${key}.json`);
}

/** The entry stored under `key`, or undefined when there is none (or it cannot be read). */
export function readCacheEntry<T>(key: string): T | undefined {
  const folder = cacheFolder();
  if (!folder) return undefined;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(entryFile(folder, key), 'r');
    const stats = fstatSync(descriptor);
    if (!stats.isFile() || stats.size > MAX_CACHE_ENTRY_BYTES) return undefined;
    return JSON.parse(readFileSync(descriptor, 'utf8'), reviver) as T;
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** Store `value` under `key`, atomically; a cache that cannot be written is only a slower build. */
export function writeCacheEntry(key: string, value: unknown): void {
  const folder = cacheFolder();
  if (!folder) return;
  const file = entryFile(folder, key);
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    pruneOldVersions(folder);
    writeFileSync(temporary, JSON.stringify(value, replacer));
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/**
 * Document folders known to be analysed in their current state, by a fingerprint of their files
 * (see `sverka analyse`): a rebuild after one edit skips reading the others. Only a shortcut: a
 * folder wrongly taken as known is analysed by the build itself, by content hash as always.
 */
function folderMark(folder: string, fingerprint: string): string {
  return path.join(folder, 'folders', fingerprint.slice(0, 2), fingerprint);
}

/** Whether a document folder with this fingerprint was analysed by this code. */
export function hasAnalysedFolder(fingerprint: string): boolean {
  const folder = cacheFolder();
  return folder !== null && statSync(folderMark(folder, fingerprint), { throwIfNoEntry: false }) !== undefined;
}

/** Remember that a document folder with this fingerprint has been analysed by this code. */
export function recordAnalysedFolder(fingerprint: string): void {
  const folder = cacheFolder();
  if (!folder) return;
  const mark = folderMark(folder, fingerprint);
  try {
    mkdirSync(path.dirname(mark), { recursive: true });
    writeFileSync(mark, '');
  } catch {
    // Only a shortcut for the next run.
  }
}
