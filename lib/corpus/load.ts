/**
 * Load corpus documents from `texts/<slug>/` (README, "Adding a document"): metadata, the Russian original and
 * every English version, each checked, with problems naming the file and line.
 *
 * A broken document never stops the others from loading: its problems are collected on it.
 */
import { readdir, stat } from 'node:fs/promises';
import { displayPath, FileRefused, readBoundedFile, refuseLink } from '../files';
import path from 'node:path';
import type { Document, Lang, Problem, TextVersion } from '../types';
import { decodeSource, MAX_SOURCE_BYTES } from '../text';
import { parseMarkdown } from '../parse';
import { readMetadata } from '../metadata';
import { readPins } from './pins';
import { readReview } from './review';
import { readOcrLedger } from './ocr-ledger';

/** `ru.md`, `en.md` or `en.<label>.md`; labels are lowercase words joined by hyphens. */
const TEXT_FILE = /^(ru|en)(?:\.([a-z0-9]+(?:-[a-z0-9]+)*))?\.md$/;
/** Files a document folder may hold besides its texts (`scan/` holds the page images of an OCR-read original). */
const OTHER_FILES = new Set(['document.yml', 'alignment.yml', 'review.yml', 'ocr.yml', 'scan']);
/**
 * A slug is a folder name and a URL segment: lowercase letters, digits and single hyphens,
 * e.g. `1950-07-22-roshchin-to-filippov-22591`. Nothing that could climb out of `texts/`.
 */
const SAFE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Slugs longer than this make unwieldy URLs and hit file-system limits on some systems. */
export const MAX_SLUG_LENGTH = 120;

/** True when `slug` is a safe folder name and URL segment. */
export function isSafeSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && SAFE_SLUG.test(slug);
}

/*
 * The corpus is read while the app builds, and by `next start` when it renders a large corpus's
 * pages on first request (lib/view/prerender.ts); the paths below are marked `turbopackIgnore` to
 * keep Next's output tracing from copying the whole project.
 */

/** The corpus folder: `$SVERKA_TEXTS` when set (tests use fixture corpora), else `./texts`. */
export function corpusDirectory(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.SVERKA_TEXTS ?? 'texts');
}

/** Every document folder name in the corpus, safe or not, sorted. Hidden entries are skipped. */
export async function listSlugs(corpusDir = corpusDirectory()): Promise<string[]> {
  const entries = await readdir(/* turbopackIgnore: true */ corpusDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** Load every document of the corpus, broken ones included, each with its problems. */
export async function loadCorpus(corpusDir = corpusDirectory()): Promise<Document[]> {
  const slugs = await listSlugs(corpusDir);
  const documents: Document[] = new Array(slugs.length);
  let next = 0;
  const loadNext = async (): Promise<void> => {
    for (let index = next++; index < slugs.length; index = next++) documents[index] = await loadFolder(corpusDir, slugs[index]);
  };
  await Promise.all(Array.from({ length: Math.min(FOLDERS_READ_AT_ONCE, slugs.length) }, loadNext));
  return documents;
}

/**
 * Document folders read at the same time. Enough to keep the disk busy while parsing; without a
 * bound, a thousand-document corpus opened every file at once and held all of it in flight.
 */
const FOLDERS_READ_AT_ONCE = 16;

/**
 * Load one document by slug. Returns undefined when the slug is unsafe or names no folder,
 * so a route can answer 404 without touching the file system outside the corpus.
 */
export async function loadDocument(slug: string, corpusDir = corpusDirectory()): Promise<Document | undefined> {
  if (!isSafeSlug(slug)) return undefined;
  const folder = path.join(/* turbopackIgnore: true */ corpusDir, slug);
  const folderStat = await stat(/* turbopackIgnore: true */ folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) return undefined;
  return loadFolder(corpusDir, slug);
}

/** True when the document can be shown: it has metadata, a text, and no error. */
export function isReadable(document: Document): boolean {
  return document.meta !== undefined && !document.problems.some((problem) => problem.severity === 'error');
}

async function loadFolder(corpusDir: string, slug: string): Promise<Document> {
  const folder = path.join(/* turbopackIgnore: true */ corpusDir, slug);
  const display = (name?: string) => displayPath(name ? path.join(folder, name) : folder);
  const document: Document = { slug, en: [], pins: [], dismissals: [], problems: [] };
  if (!isSafeSlug(slug)) {
    document.problems.push({
      file: display(), line: 1, code: 'unsafe-slug', severity: 'error',
      message: `folder name "${slug}" is not a safe slug: use lowercase letters, digits and single hyphens, e.g. 1950-07-22-roshchin-to-filippov-22591`,
    });
    return document;
  }
  const names = (await readdir(/* turbopackIgnore: true */ folder, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  if (!names.includes('document.yml')) {
    document.problems.push({ file: display('document.yml'), line: 1, code: 'missing-metadata', severity: 'error',
      message: 'document.yml is missing: every document needs at least a title and a kind' });
  } else {
    const text = await readText(path.join(folder, 'document.yml'), display('document.yml'), document.problems);
    if (text !== undefined) {
      const { meta, problems } = readMetadata(text, display('document.yml'));
      document.problems.push(...problems);
      document.meta = meta;
    }
  }
  for (const name of names) {
    const match = TEXT_FILE.exec(name);
    if (!match) {
      if (!OTHER_FILES.has(name)) {
        document.problems.push({ file: display(name), line: 1, code: 'unexpected-file', severity: 'warning',
          message: `unexpected file "${name}": a document folder holds document.yml, ru.md, en.md, en.<label>.md, alignment.yml, review.yml, ocr.yml and scan/` });
      }
      continue;
    }
    const [, lang, label] = match;
    if (lang === 'ru' && label !== undefined) {
      document.problems.push({ file: display(name), line: 1, code: 'unexpected-file', severity: 'warning',
        message: 'only English texts may carry a version label; the Russian original is ru.md' });
      continue;
    }
    const version = await loadVersion(path.join(folder, name), display(name), lang as Lang, label ?? null, document.problems);
    if (!version) continue;
    if (lang === 'ru') document.ru = version;
    else document.en.push(version);
  }
  document.en.sort((a, b) => (a.label ?? '').localeCompare(b.label ?? ''));
  if (!document.ru && document.en.length === 0 && !document.problems.some((p) => p.severity === 'error')) {
    document.problems.push({ file: display(), line: 1, code: 'no-text', severity: 'error',
      message: 'the folder has no ru.md or en.md: a document needs at least one text' });
  }
  if (names.includes('alignment.yml')) await loadPins(document, path.join(folder, 'alignment.yml'), display('alignment.yml'));
  if (names.includes('review.yml')) {
    // A broken review.yml loses only the dismissals: the document stays readable.
    const review = await readLedger(folder, 'review.yml', display('review.yml'), readReview);
    if (review.value) document.dismissals = review.value.dismissals;
    document.problems.push(...review.warnings);
  }
  if (names.includes('ocr.yml')) {
    // Likewise a broken ocr.yml loses only the OCR marks and page images.
    const ocr = await readLedger(folder, 'ocr.yml', display('ocr.yml'), readOcrLedger);
    if (ocr.value) document.ocr = ocr.value.ledger;
    document.problems.push(...ocr.warnings);
  }
  if (document.en.length > 0 && document.en[0].label !== null) {
    document.problems.push({ file: display('en.md'), line: 1, code: 'missing-main-version', severity: 'warning',
      message: 'English versions are labelled but there is no en.md: the main translation is shown as the first label' });
  }
  return document;
}

/**
 * A file that adds to a document without being needed to show it (review.yml, ocr.yml), read by
 * `read`; its problems, and a file that cannot be read at all, are warnings.
 */
async function readLedger<T extends { problems: Problem[] }>(folder: string, name: string, display: string,
  read: (text: string, file: string) => T): Promise<{ value?: T; warnings: Problem[] }> {
  const problems: Problem[] = [];
  const text = await readText(path.join(folder, name), display, problems);
  const value = text === undefined ? undefined : read(text, display);
  const warnings = [...problems, ...(value?.problems ?? [])].map((problem) => ({ ...problem, severity: 'warning' as const }));
  return { value, warnings };
}

async function loadPins(document: Document, file: string, display: string): Promise<void> {
  const text = await readText(file, display, document.problems);
  if (text === undefined) return;
  if (!document.ru || document.en.length === 0) {
    document.problems.push({ file: display, line: 1, code: 'pins-without-pair', severity: 'error',
      message: 'alignment.yml pins beads, but the document does not have both ru.md and en.md' });
    return;
  }
  const { pins, problems } = readPins(text, display, document.ru.paragraphs.length, document.en[0].paragraphs.length);
  document.pins = pins;
  document.problems.push(...problems);
}

/** A corpus file's text; a link, a non-file or an oversized file is a problem, not read. */
async function readText(file: string, display: string, problems: Problem[]): Promise<string | undefined> {
  try {
    await refuseLink(/* turbopackIgnore: true */ file, 'file');
    const decoded = decodeSource(await readBoundedFile(/* turbopackIgnore: true */ file, MAX_SOURCE_BYTES), display);
    problems.push(...decoded.problems);
    return decoded.text;
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    problems.push({ file: display, line: 1, code: error.code === 'file-too-large' ? 'file-too-large' : 'unreadable-file', severity: 'error',
      message: error.message.slice(error.file.length + 2) });
    return undefined;
  }
}

async function loadVersion(
  file: string, display: string, lang: Lang, label: string | null, problems: Problem[],
): Promise<TextVersion | undefined> {
  const text = await readText(file, display, problems);
  if (text === undefined) return undefined;
  const parsed = parseMarkdown(text, display);
  problems.push(...parsed.problems);
  if (parsed.paragraphs.length === 0) {
    problems.push({ file: display, line: 1, code: 'no-paragraphs', severity: 'error', message: 'the file has no paragraphs of text' });
    return undefined;
  }
  return { lang, label, file: path.basename(file), paragraphs: parsed.paragraphs };
}
