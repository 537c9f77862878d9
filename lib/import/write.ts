/**
 * Write an extracted page as a corpus folder `texts/<slug>/`, refusing to overwrite a person's
 * edits. The importer records a hash of what it wrote in `document.yml` (`imported:`); a folder
 * whose files no longer match that hash has been edited by hand and is only replaced with
 * `force`. Output is deterministic: importing the same page twice writes the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeMetadata } from '../metadata';
import { isSafeSlug } from '../corpus';
import type { DocumentMeta } from '../types';
import type { ExtractedPage } from './extract';
import { paragraphsToMarkdown } from './markdown';

/** The files a page becomes, by file name. */
export type CorpusFiles = Record<string, string>;

/** What happened to the document folder. */
export type WriteStatus = 'created' | 'unchanged' | 'replaced';

/** A refusal to import, with the reason a person can act on. */
export class ImportRefused extends Error {}

const IMPORTED_BLOCK = /^imported:/m;
/** The files the importer owns in a document folder; anything else there belongs to people. */
const IMPORTER_FILES = ['document.yml', 'ru.md', 'en.md'];

/** Render the files of a page. `source` is the imported file's name and bytes, for provenance. */
export function renderFiles(page: ExtractedPage, source: { name: string; bytes: Uint8Array }): CorpusFiles {
  const files: CorpusFiles = {};
  const metaWithoutImport: DocumentMeta = { ...page.meta };
  delete metaWithoutImport.imported;
  files['document.yml'] = writeMetadata(metaWithoutImport);
  if (page.ru.length > 0) files['ru.md'] = paragraphsToMarkdown(page.ru, source.name);
  if (page.en.length > 0) files['en.md'] = paragraphsToMarkdown(page.en, source.name);
  const imported = {
    sourceFile: source.name,
    sourceSha256: sha256(source.bytes),
    outputSha256: hashFiles(files),
  };
  files['document.yml'] = writeMetadata({ ...metaWithoutImport, imported });
  return files;
}

/** Write `files` into `<outDir>/<slug>/`, unless that would overwrite hand edits and `force` is off. */
export async function writeCorpusFolder(
  outDir: string, slug: string, files: CorpusFiles, options: { force?: boolean } = {},
): Promise<WriteStatus> {
  if (!isSafeSlug(slug)) throw new ImportRefused(`"${slug}" is not a safe slug: use lowercase letters, digits and hyphens`);
  const folder = path.join(outDir, slug);
  const existing = await readExisting(folder);
  if (existing) {
    if (sameFiles(existing, files)) return 'unchanged';
    if (!options.force && isEdited(existing)) {
      throw new ImportRefused(`${folder} has been edited since it was imported; use --force to replace it (hand edits will be lost)`);
    }
  }
  await mkdir(folder, { recursive: true });
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(folder, name), content, 'utf8');
  return existing ? 'replaced' : 'created';
}

async function readExisting(folder: string): Promise<CorpusFiles | undefined> {
  const files: CorpusFiles = {};
  for (const name of IMPORTER_FILES) {
    const content = await readFile(path.join(folder, name), 'utf8').catch(() => undefined);
    if (content !== undefined) files[name] = content;
  }
  return Object.keys(files).length > 0 ? files : undefined;
}

function sameFiles(a: CorpusFiles, b: CorpusFiles): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].every((name) => a[name] === b[name]);
}

/** Edited: no import record, or the files differ from the hash recorded when they were written. */
function isEdited(files: CorpusFiles): boolean {
  const metadata = files['document.yml'] ?? '';
  const recorded = /^\s+output_sha256:\s*["']?([0-9a-f]{64})/m.exec(metadata.slice(metadata.search(IMPORTED_BLOCK)))?.[1];
  if (!IMPORTED_BLOCK.test(metadata) || !recorded) return true;
  return hashFiles(files) !== recorded;
}

/** Hash of the importer's files, leaving out the `imported:` block of document.yml (it holds the hash). */
function hashFiles(files: CorpusFiles): string {
  const hash = createHash('sha256');
  for (const name of IMPORTER_FILES) {
    if (files[name] === undefined) continue;
    let content = files[name];
    if (name === 'document.yml') {
      const at = content.search(IMPORTED_BLOCK);
      if (at >= 0) content = content.slice(0, at);
    }
    hash.update(`${name}\0${content}\0`);
  }
  return hash.digest('hex');
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
