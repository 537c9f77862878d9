/**
 * The heavy part of a document's view — alignment, notes, fidelity checks — computed once per
 * content. A build asks for the same document many times (the list, the page and its metadata,
 * six exports, the search index); the cache is keyed by a hash of everything the result depends
 * on, so an edited text or pin is never served stale.
 */
import { createHash } from 'node:crypto';
import { alignParagraphs } from '../align';
import { runChecks } from '../checks';
import { findNotes } from '../notes';
import type { Bead, Document, Finding, Note, Problem, TextVersion } from '../types';

/** What the reader, the list, the exports and the search index need of a document. */
export interface Analysis {
  ru: string[];
  en: string[];
  beads: Bead[];
  notes: Note[];
  /** Brackets without a partner. */
  problems: Problem[];
  /** Fidelity findings; none unless the document has both languages. */
  findings: Finding[];
}

const analyses = new Map<string, Analysis>();

/** The alignment, notes and findings of the Russian and the main English text. */
export function analyseDocument(document: Document): Analysis {
  const ru = document.ru?.paragraphs.map((paragraph) => paragraph.text) ?? [];
  const en = document.en[0]?.paragraphs.map((paragraph) => paragraph.text) ?? [];
  const key = createHash('sha256').update(JSON.stringify([ru, en, document.pins, document.meta])).digest('hex');
  const cached = analyses.get(key);
  if (cached) return cached;
  const beads = alignParagraphs(ru, en, { pins: document.pins }).beads;
  const found = [document.ru, document.en[0]].filter((version): version is TextVersion => version !== undefined)
    .map((version) => findNotes(version.paragraphs, version.lang));
  const notes = found.flatMap((result) => result.notes);
  const analysis: Analysis = {
    ru, en, beads, notes,
    problems: found.flatMap((result) => result.problems),
    findings: ru.length > 0 && en.length > 0 ? runChecks({ ru, en, beads, notes, meta: document.meta }) : [],
  };
  analyses.set(key, analysis);
  return analysis;
}
