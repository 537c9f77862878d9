/**
 * Write an import as a corpus folder `texts/<slug>/`, losing nothing that is already there:
 *
 * - The folder is written whole or not at all (`replaceFolder`), under the document's lock, so
 *   a kill or a concurrent command never leaves half a document.
 * - A person's edits are kept: the importer records a hash of what it wrote in `document.yml`
 *   (`imported:`); files that no longer match it were edited and are only replaced with `force`.
 * - A folder imported from another source (two pages deriving the same slug) is never replaced,
 *   not even with `force`: the import is refused naming both files.
 * - A richer record is never replaced by a poorer one: fields of the existing `document.yml`
 *   that the import does not supply are kept, and said so.
 * - Files the importer owns and no longer writes (a `ru.md` from an earlier import of a page that
 *   now has no Russian) are removed; everything else in the folder (review.yml, en.<label>.md,
 *   a hand-written alignment.yml) is carried over.
 *
 * Output is deterministic: importing the same page twice writes the same bytes.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { isSafeSlug, readCorpusText } from '../corpus';
import { refuseLink, replaceFolder, withDocumentLock } from '../files';
import { readMetadata, writeMetadata } from '../metadata';
import { sha256Hex } from '../text';
import type { DocumentMeta, ImportRecord } from '../types';

/** What an import writes: the document record and its text files by name (ru.md, en.md, alignment.yml). */
export interface ImportFiles {
  meta: DocumentMeta;
  texts: Record<string, string>;
}

/** The file an import was made from: its name and bytes, for provenance and to recognise the same source again. */
export interface ImportSource {
  name: string;
  bytes: Uint8Array;
}

/** What happened to the document folder. */
export type WriteStatus = 'created' | 'unchanged' | 'replaced';

/** The outcome of a write: the status, and the fields kept from the existing record that the import lacked. */
export interface WriteResult {
  status: WriteStatus;
  keptFields: string[];
}

/** A refusal to import, with the reason a person can act on. */
export class ImportRefused extends Error {}

/** Where the import record starts in document.yml: it is written last. */
const IMPORTED_BLOCK = /^imported:/m;
/** The files the importer owned before records listed them. */
const DEFAULT_OWNED = ['document.yml', 'ru.md', 'en.md'];

/** Write an import into `<outDir>/<slug>/`, following the rules above. */
export async function writeCorpusFolder(
  outDir: string, slug: string, files: ImportFiles, source: ImportSource, options: { force?: boolean } = {},
): Promise<WriteResult> {
  if (!isSafeSlug(slug)) throw new ImportRefused(`"${slug}" is not a safe slug: use lowercase letters, digits and hyphens`);
  await refuseLink(outDir, 'folder');
  return withDocumentLock(outDir, slug, async () => {
    const folder = path.join(outDir, slug);
    await refuseLink(folder, 'folder');
    const existing = await readExisting(folder);
    let meta = files.meta;
    let keptFields: string[] = [];
    if (existing) {
      refuseOtherSource(folder, existing, files.meta, source);
      ({ meta, keptFields } = keepRicherFields(existing.meta, files.meta));
      // The same content under another import record (a document exported and imported back) changes nothing.
      if (sameContent(existing, meta, files.texts)) return { status: 'unchanged', keptFields };
      if (!options.force && isEdited(existing)) {
        throw new ImportRefused(`${folder} has been edited since it was imported; use --force to replace it (hand edits will be lost)`);
      }
    }
    const rendered = render(meta, files.texts, source);
    const owned = new Set([...Object.keys(rendered), ...(existing?.record?.files ?? DEFAULT_OWNED)]);
    await replaceFolder(folder, rendered, (name) => !owned.has(name) && !name.startsWith('.'));
    return { status: existing ? 'replaced' : 'created', keptFields };
  });
}

/** The rendered folder: document.yml with its import record, and the texts. */
function render(meta: DocumentMeta, texts: Record<string, string>, source: ImportSource): Record<string, string> {
  const withoutRecord: DocumentMeta = { ...meta };
  delete withoutRecord.imported;
  const files: Record<string, string> = { 'document.yml': writeMetadata(withoutRecord), ...texts };
  const imported: ImportRecord = {
    sourceFile: source.name,
    sourceSha256: sha256Hex(source.bytes),
    outputSha256: hashFiles(files, Object.keys(files)),
    files: Object.keys(files).sort(),
  };
  files['document.yml'] = writeMetadata({ ...withoutRecord, imported });
  return files;
}

interface ExistingFolder {
  /** The importer-owned files as they are on disk, by name. */
  files: Record<string, string>;
  meta?: DocumentMeta;
  record?: ImportRecord;
}

async function readExisting(folder: string): Promise<ExistingFolder | undefined> {
  const info = await lstat(folder).catch(() => undefined);
  if (!info) return undefined;
  const metadataText = await readCorpusText(path.join(folder, 'document.yml'));
  const meta = metadataText === undefined ? undefined : readMetadata(metadataText, path.join(folder, 'document.yml')).meta;
  const owned = meta?.imported?.files ?? DEFAULT_OWNED;
  const files: Record<string, string> = {};
  for (const name of new Set([...owned, ...DEFAULT_OWNED])) {
    const text = name === 'document.yml' ? metadataText : await readCorpusText(path.join(folder, name));
    if (text !== undefined) files[name] = text;
  }
  return { files, meta, record: meta?.imported };
}

/**
 * Same source: the same file (by hash or name), or the same archive record (by record id or
 * URL). Anything else that derives this slug is another document and must not replace it.
 */
function refuseOtherSource(folder: string, existing: ExistingFolder, meta: DocumentMeta, source: ImportSource): void {
  const record = existing.record;
  if (!record) return;
  // A TMX that Sverka exported carries the document's own import record: it is this document.
  const sameFile = record.sourceSha256 === sha256Hex(source.bytes) || record.sourceFile === source.name || record.sourceSha256 === meta.imported?.sourceSha256;
  const before = existing.meta?.source;
  const after = meta.source;
  const sameRecord = Boolean((before?.recordId && before.recordId === after?.recordId) || (before?.url && before.url === after?.url));
  if (sameFile || sameRecord) return;
  throw new ImportRefused(`${folder} already holds the import of ${record.sourceFile}; ${source.name} is another document that derives the same folder name: import it with --slug NAME`);
}

/** Edited: no import record, or the files differ from the hash recorded when they were written. */
function isEdited(existing: ExistingFolder): boolean {
  const record = existing.record;
  if (!record) return true;
  return hashFiles(existing.files, record.files ?? DEFAULT_OWNED) !== record.outputSha256;
}

/** The fields a document record can hold, and whether each has a value in `meta`. */
const RECORD_FIELDS: Array<[string, (meta: DocumentMeta) => boolean]> = [
  ['date', (m) => m.date !== undefined], ['date_printed', (m) => m.datePrinted !== undefined],
  ['from', (m) => m.from !== undefined], ['to', (m) => m.to !== undefined],
  ['original_language', (m) => m.originalLanguage !== undefined], ['locators', (m) => m.locators.length > 0],
  ['citation', (m) => m.citation !== undefined], ['source', (m) => m.source !== undefined],
  ['translator', (m) => m.translator !== undefined], ['summary', (m) => m.summary !== undefined],
  ['credits', (m) => m.credits !== undefined], ['rights', (m) => m.rights !== undefined],
  ['remarks', (m) => m.remarks !== undefined],
];

/** The import's record, with every field it lacks taken from the existing one; the names of those fields. */
function keepRicherFields(existing: DocumentMeta | undefined, incoming: DocumentMeta): { meta: DocumentMeta; keptFields: string[] } {
  if (!existing) return { meta: incoming, keptFields: [] };
  const keptFields = RECORD_FIELDS.filter(([, has]) => has(existing) && !has(incoming)).map(([name]) => name);
  const meta: DocumentMeta = { ...incoming };
  const source = meta as unknown as Record<string, unknown>;
  const from = existing as unknown as Record<string, unknown>;
  for (const name of keptFields) {
    const key = name === 'date_printed' ? 'datePrinted' : name === 'original_language' ? 'originalLanguage' : name;
    source[key] = from[key];
  }
  // A title or kind an import had to guess ("other", the file name) does not replace a real one.
  if (incoming.kind === 'other' && existing.kind !== 'other') { meta.kind = existing.kind; keptFields.push('kind'); }
  return { meta, keptFields };
}

/** The same record (field by field, leaving aside the import record) and the same texts, byte for byte. */
function sameContent(existing: ExistingFolder, meta: DocumentMeta, texts: Record<string, string>): boolean {
  const canonical = (record: DocumentMeta | undefined) => record && writeMetadata({ ...record, imported: undefined });
  if (!existing.meta || canonical(existing.meta) !== canonical(meta)) return false;
  const names = new Set([...Object.keys(existing.files), ...Object.keys(texts)].filter((name) => name !== 'document.yml'));
  return [...names].every((name) => existing.files[name] === texts[name]);
}

/** A file's text without the `imported:` block that document.yml ends with. */
function withoutRecord(content: string | undefined): string | undefined {
  const at = content?.search(IMPORTED_BLOCK) ?? -1;
  return at >= 0 ? content!.slice(0, at) : content;
}

/** Hash of the named files, leaving out the `imported:` block of document.yml (it holds the hash). */
function hashFiles(files: Record<string, string>, names: string[]): string {
  const ordered = [...DEFAULT_OWNED, ...[...names].filter((name) => !DEFAULT_OWNED.includes(name)).sort()];
  return sha256Hex(ordered.filter((name) => files[name] !== undefined && names.includes(name))
    .map((name) => `${name}\0${name === 'document.yml' ? withoutRecord(files[name]) : files[name]}\0`).join(''));
}
