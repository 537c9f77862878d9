/**
 * Analysis stage: the one place that turns a pair of texts — a corpus document, or two files
 * given to `sverka check` — into its alignment, notes and fidelity findings. The reader, the
 * list, the exports, the search index, version comparisons and the CLI all ask here.
 *
 * Each result is computed once per content: a build asks for the same document many times (the
 * list, the page and its metadata, six exports, the search index), in several processes, and the
 * next build asks again. The cache is keyed by a hash of everything the result depends on, so an
 * edited text, pin or record is never served stale; it is kept in memory and on disk (see
 * disk-cache.ts, which also keys by the code).
 */
import { alignParagraphs, correspondenceWarning, learnWordLexicon, sentencePairs, type SentencePair } from '../align';
import { runChecks, type CheckInput } from '../checks';
import { findNotes, notesOfTexts, type FoundNotes } from '../notes';
import { sha256Hex } from '../text';
import type { Document, DocumentMeta, Finding, Pin, Problem, TextVersion } from '../types';
import { readCacheEntry, writeCacheEntry } from './disk-cache';

export { cacheFolder as analysisCacheFolder, hasAnalysedFolder, recordAnalysedFolder } from './disk-cache';

/** The alignment, notes and findings of a pair of texts: what the checks saw, and what they found. */
export interface Analysis extends Omit<CheckInput, 'meta'> {
  /** Brackets without a partner, or nested too deep, with file and line (documents only). */
  problems: Problem[];
  /** Fidelity findings; none unless both texts have paragraphs. */
  findings: Finding[];
  /** Each bead's confidence in [0, 1], in bead order (see lib/align/confidence). */
  confidences: number[];
  /** Set when the two texts do not seem to be a text and its translation: why. */
  mismatch?: string;
}

/** Two texts as plain paragraphs, with the pins and the record that the alignment and checks use. */
export interface TextPair {
  ru: string[];
  en: string[];
  /** Beads fixed by a person; the aligner keeps them. */
  pins?: Pin[];
  /** The document's record: the checks compare its locators and dates with the text. */
  meta?: DocumentMeta;
}

/**
 * Analyses kept in this process, by content hash, the least recently used dropped first. A build
 * asks for each document several times in a row (list, page, exports, search index), so a few
 * thousand entries serve a large corpus; the bound keeps a long fuzz run or a server from growing
 * without end.
 */
const MAX_CACHED_ANALYSES = 4096;
const analyses = new Map<string, Analysis>();

/** The analysis of two plain texts (`sverka check RU EN`, an English version against the Russian). */
export function analysePair(pair: TextPair): Analysis {
  return cached(['pair', pair.ru, pair.en, pair.pins ?? [], pair.meta ?? null], () => compose(pair, [
    { notes: notesOfTexts(pair.ru, 'ru'), problems: [] },
    { notes: notesOfTexts(pair.en, 'en'), problems: [] },
  ]));
}

/** The analysis of a document's Russian text and its main English version, with its pins and record. */
export function analyseDocument(document: Document): Analysis {
  const versions = [document.ru, document.en[0]].filter((version): version is TextVersion => version !== undefined);
  const pair: TextPair = { ru: textsOf(document.ru), en: textsOf(document.en[0]), pins: document.pins, meta: document.meta };
  // Bracket problems name the file and line of their paragraph, so the lines are part of the key.
  const lines = versions.map((version) => [version.file, version.paragraphs.map((paragraph) => paragraph.source.line)]);
  return cached(['document', pair.ru, pair.en, pair.pins, pair.meta ?? null, lines], () => compose(pair, versions.map((version) => findNotes(version.paragraphs, version.lang))));
}

/** The plain texts of a version's paragraphs; none for a missing version. */
function textsOf(version: TextVersion | undefined): string[] {
  return version?.paragraphs.map((paragraph) => paragraph.text) ?? [];
}

function compose(pair: TextPair, found: FoundNotes[]): Analysis {
  const { ru, en, meta } = pair;
  const alignment = alignParagraphs(ru, en, { pins: pair.pins });
  const { beads } = alignment;
  const confidences = alignment.evidence.map((evidence) => evidence.confidence);
  const notes = found.flatMap((side) => side.notes);
  const mismatch = correspondenceWarning(beads, confidences, ru.length, en.length);
  const bilingual = ru.length > 0 && en.length > 0;
  const lexicon = bilingual ? learnWordLexicon(ru, en, beads) : undefined;
  return {
    ru, en, beads, notes, confidences,
    ...(mismatch ? { mismatch } : {}),
    ...(lexicon ? { lexicon } : {}),
    problems: found.flatMap((side) => side.problems),
    findings: bilingual ? runChecks({ ru, en, beads, notes, meta, lexicon }) : [],
  };
}

/** Analyses' sentence pairs, computed when first asked for (only the reader needs them). */
const sentencePairsOf = new WeakMap<Analysis, SentencePair[][]>();

/**
 * The sentences inside each bead of an analysis paired across the languages, for the reader's
 * sentence highlight; computed once per analysis.
 */
export function analysisSentencePairs(analysis: Analysis): SentencePair[][] {
  let pairs = sentencePairsOf.get(analysis);
  if (!pairs) {
    pairs = analysis.ru.length > 0 && analysis.en.length > 0 ? sentencePairs(analysis.ru, analysis.en, analysis.beads, analysis.lexicon) : [];
    sentencePairsOf.set(analysis, pairs);
  }
  return pairs;
}

function cached(keyParts: unknown[], analyse: () => Analysis): Analysis {
  const key = sha256Hex(JSON.stringify(keyParts));
  let analysis = analyses.get(key) ?? readCacheEntry<Analysis>(key);
  if (!analysis) {
    analysis = analyse();
    writeCacheEntry(key, analysis);
  }
  // Re-inserting moves the entry to the end of the Map's order: the first entry is the least recently used.
  analyses.delete(key);
  analyses.set(key, analysis);
  if (analyses.size > MAX_CACHED_ANALYSES) analyses.delete(analyses.keys().next().value!);
  return analysis;
}
