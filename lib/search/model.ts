/** The search index in memory: documents, postings (all or some shards loaded) and passage texts. */
import { lastAtOrBelow } from '../sorted';
import type { Bead } from '../types';

/** What a caller gives the index of one document. */
export interface SearchDocumentInput {
  slug: string;
  title: string;
  date?: string;
  from?: string;
  to?: string;
  ru: string[];
  en: string[];
  beads: Bead[];
  /** Beads that hold a translator's or editor's note. */
  notedBeads: number[];
  /** Beads with a fidelity finding nobody dismissed. */
  flaggedBeads: number[];
}

/** What the index keeps of one document: metadata for facets and its range of passage numbers. */
export interface SearchDocument {
  slug: string;
  title: string;
  date?: string;
  from?: string;
  to?: string;
  /** Number of its first passage; its beads are passages first … first + passages - 1. */
  first: number;
  passages: number;
  noted: number[];
  flagged: number[];
}

/** The Russian and English text of one passage. */
export type PassageText = [ru: string, en: string];

/** The index: documents in list order, postings of the loaded shards, and the loaded texts. */
export interface SearchIndex {
  documents: SearchDocument[];
  shardCount: number;
  /** term → ascending numbers of the passages it occurs in (either language). */
  postings: Map<string, number[]>;
  loadedShards: Set<number>;
  /** document number → texts of its passages, in bead order. */
  texts: Map<number, PassageText[]>;
}

/**
 * Postings per shard file. About 40,000 passage numbers encode to roughly 60 kB of JSON: one
 * fetch per query word that is small on a slow line, and few enough files for a large corpus.
 */
export const POSTINGS_PER_SHARD = 40_000;

/** The shard a term's postings live in: FNV-1a of the term, so any reader finds it without a dictionary. */
export function shardOf(term: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shardCount;
}

/** The document a passage number belongs to (binary search over the documents' ranges). */
export function documentOfPassage(documents: SearchDocument[], passage: number): number {
  return Math.max(0, lastAtOrBelow(documents, passage, (document) => document.first));
}
