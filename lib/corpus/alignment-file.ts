/**
 * One alignment edit written to `texts/<slug>/alignment.yml`: under the document's lock, read
 * fresh, checked, and replaced atomically, so that two edits at once cannot lose either and a
 * kill in the middle leaves the old file or the new one. An alignment.yml with problems is not
 * touched: a person fixes it first.
 */
import path from 'node:path';
import { displayPath, readBoundedFileIfPresent, refuseLink, withDocumentLock, writeFileAtomic } from '../files';
import { decodeSource, MAX_SOURCE_BYTES } from '../text';
import type { Bead, Document } from '../types';
import { loadDocument } from './load';
import { AlignmentChanged, alignmentRevision, EditRefused, pinChange, rewriteAlignmentFile, type AlignmentEdit } from './pin-edits';
import { readPins } from './pins';

/** What an edit wrote: the file, and the pins it now holds (0-based). */
export interface RecordedEdit {
  file: string;
  pins: Bead[];
}

/**
 * Apply `edit` to the document's current alignment, which `alignmentOf` computes from the
 * document as loaded under the lock (the aligner lives above this module), and write the pins.
 * With `revision` (`alignmentRevision` of the beads the person saw), the edit is refused,
 * writing nothing, when the alignment is no longer that one: its passage numbers may now name
 * other passages.
 */
export async function recordAlignmentEdit(
  corpusDir: string, slug: string, edit: AlignmentEdit, alignmentOf: (document: Document) => Bead[], revision?: string,
): Promise<RecordedEdit> {
  const file = path.join(corpusDir, slug, 'alignment.yml');
  const display = displayPath(file);
  return withDocumentLock(corpusDir, slug, async () => {
    await refuseLink(path.join(corpusDir, slug), 'folder');
    const document = await loadDocument(slug, corpusDir);
    if (!document?.ru || !document.en[0]) throw new EditRefused(`${slug}: only a document with both ru.md and en.md has an alignment to edit`);
    const ruCount = document.ru.paragraphs.length;
    const enCount = document.en[0].paragraphs.length;
    const bytes = await readBoundedFileIfPresent(file, MAX_SOURCE_BYTES);
    const decoded = bytes && decodeSource(bytes, display);
    const text = decoded?.text || undefined;
    const unreadable = decoded?.problems.find((problem) => problem.severity === 'error' && problem.code !== 'empty-file');
    const existing = text === undefined ? { pins: [], problems: [] } : readPins(text, display, ruCount, enCount);
    const problems = [...(unreadable ? [unreadable] : []), ...existing.problems];
    if (problems.length > 0) {
      throw new EditRefused(`${problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join('\n')}\nfix alignment.yml by hand first; nothing was written`);
    }
    const beads = alignmentOf(document);
    if (revision !== undefined && alignmentRevision(beads) !== revision) {
      throw new AlignmentChanged(`${slug}: the alignment has changed since this page was loaded (an edit in another window, \`sverka pin\`, or alignment.yml or a text edited by hand), so its passage numbers may name other passages now; show the current alignment (or reload the page) and make the edit again. Nothing was written`);
    }
    const updated = rewriteAlignmentFile(text, pinChange(beads, existing.pins, edit));
    const check = readPins(updated, display, ruCount, enCount);
    if (check.problems.length > 0) throw new EditRefused(`this edit would leave alignment.yml inconsistent (${check.problems[0].message}); nothing was written`);
    await writeFileAtomic(file, updated);
    return { file: display, pins: check.pins.map(({ ru, en }) => ({ ru, en })) };
  });
}
