/** Queries against a (partly) loaded index: candidate passages from postings, facets, then words placed in the text. */
import type { Lang } from '../types';
import type { SearchIndex } from './model';
import { documentOfPassage, shardOf } from './model';
import { parseQuery, queryTerms, type QueryClause } from './query';
import { termsOf } from './terms';

/** Narrowing a search by the documents' metadata and the passages' notes and findings. */
export interface SearchFacets {
  /** Earliest date, "1950", "1950-07" or "1950-07-22"; undated documents drop out. */
  dateFrom?: string;
  /** Latest date, same forms; "1950" includes all of 1950. */
  dateTo?: string;
  /** Author, exactly as in the metadata. */
  from?: string;
  /** Recipient, exactly as in the metadata. */
  to?: string;
  /** Only passages with a translator's or editor's note. */
  notes?: boolean;
  /** Only passages with a fidelity finding. */
  findings?: boolean;
}

/** Documents whose hits one page of results shows: a page like a search engine's, and few text files to fetch. */
export const RESULT_DOCUMENTS_PER_PAGE = 10;

/** The forms a date facet takes: a year, a month or a day. */
export const FACET_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A passage that matches a query, with the words to highlight on each side. */
export interface SearchHit {
  slug: string;
  title: string;
  /** The document's date (ISO), when it has one. */
  date?: string;
  /** Bead number in the document, as in `#bN`. */
  bead: number;
  ru: string;
  en: string;
  /** Word positions that matched, per side. */
  matched: Record<Lang, number[]>;
}

/** One page of results, with the totals across the corpus. */
export interface SearchResults {
  hits: SearchHit[];
  /** Passages that contain every word of the query (phrases are checked only on shown documents). */
  passages: number;
  /** Documents those passages are in. */
  documents: number;
  /** Documents whose hits are in `hits`. */
  shownDocuments: number;
  /** True when the query has a phrase, so the totals are an upper bound. */
  hasPhrase: boolean;
}

/** Shards the query needs that are not loaded yet. */
export function missingShards(index: SearchIndex, query: string): number[] {
  const shards = new Set(queryTerms(parseQuery(query)).map((term) => shardOf(term, index.shardCount)));
  return [...shards].filter((shard) => !index.loadedShards.has(shard));
}

/** Passage numbers, ascending, that contain every word of the query and pass the facets. Needs the query's shards. */
export function candidatePassages(index: SearchIndex, query: string, facets: SearchFacets = {}): number[] {
  return candidatesOf(index, parseQuery(query), facets);
}

function candidatesOf(index: SearchIndex, clauses: QueryClause[], facets: SearchFacets): number[] {
  if (clauses.length === 0) return [];
  const missing = [...new Set(queryTerms(clauses).map((term) => shardOf(term, index.shardCount)))].filter((shard) => !index.loadedShards.has(shard));
  if (missing.length > 0) throw new Error(`search shards ${missing.join(', ')} are not loaded`);
  const words = clauses.flat().map((alternatives) => passagesOfWord(index, alternatives)).sort((a, b) => a.length - b.length);
  const result = words.slice(1).reduce(intersectSorted, words[0]);
  const narrowing = Object.values(facets).some(Boolean);
  return narrowing ? result.filter(facetFilter(index, facets)) : result;
}

/** The full results for a loaded index (the CLI's and the tests' entry point). */
export function search(index: SearchIndex, query: string, facets: SearchFacets = {}): SearchHit[] {
  return searchPage(index, query, facets, Infinity).hits;
}

/** Results with hits for the first `documentLimit` matching documents, whose texts must be loaded. */
export function searchPage(index: SearchIndex, query: string, facets: SearchFacets, documentLimit: number): SearchResults {
  const clauses = parseQuery(query);
  const candidates = candidatesOf(index, clauses, facets);
  const hits: SearchHit[] = [];
  let documentCount = 0;
  let documentNumber = -1;
  for (const passage of candidates) {
    // Candidates ascend, so their documents come in order: step forward instead of searching.
    if (documentNumber < 0 || passage >= index.documents[documentNumber].first + index.documents[documentNumber].passages) {
      documentNumber = documentOfPassage(index.documents, passage);
      documentCount++;
    }
    if (documentCount > documentLimit) continue;
    const hit = placeWords(index, documentNumber, passage, clauses);
    if (hit) hits.push(hit);
  }
  const shownDocuments = Math.min(documentCount, documentLimit);
  return { hits, passages: candidates.length, documents: documentCount, shownDocuments, hasPhrase: clauses.some((clause) => clause.length > 1) };
}

/** The distinct authors and recipients with their document counts, and the span of dates, for the facet controls. */
export function facetValues(index: SearchIndex): { from: Array<[string, number]>; to: Array<[string, number]>; firstDate?: string; lastDate?: string } {
  const count = (key: 'from' | 'to') => {
    const counts = new Map<string, number>();
    for (const document of index.documents) if (document[key]) counts.set(document[key]!, (counts.get(document[key]!) ?? 0) + 1);
    return [...counts].sort((a, b) => a[0].localeCompare(b[0]));
  };
  const dates = index.documents.map((document) => document.date).filter((date): date is string => Boolean(date)).sort();
  return { from: count('from'), to: count('to'), firstDate: dates[0], lastDate: dates[dates.length - 1] };
}

/** Passages, ascending, holding any of a word's terms. */
function passagesOfWord(index: SearchIndex, alternatives: string[]): number[] {
  const lists = alternatives.map((term) => index.postings.get(term) ?? []).filter((list) => list.length > 0);
  return lists.length === 0 ? [] : lists.slice(1).reduce(unionSorted, lists[0]);
}

/** Numbers in either ascending list, ascending, each once. */
function unionSorted(a: number[], b: number[]): number[] {
  const either: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) either.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) either.push(b[j++]);
    else {
      either.push(a[i++]);
      j++;
    }
  }
  return either;
}

/** Numbers in both ascending lists, by a merge walk (postings of common words run to tens of thousands). */
function intersectSorted(a: number[], b: number[]): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      both.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return both;
}

function facetFilter(index: SearchIndex, facets: SearchFacets): (passage: number) => boolean {
  const noted = new Map<number, Set<number>>();
  const flagged = new Map<number, Set<number>>();
  const allowedDocument = index.documents.map((document) => {
    if ((facets.dateFrom || facets.dateTo) && !document.date) return false;
    if (facets.dateFrom && document.date!.slice(0, facets.dateFrom.length) < facets.dateFrom) return false;
    if (facets.dateTo && document.date!.slice(0, facets.dateTo.length) > facets.dateTo) return false;
    if (facets.from && document.from !== facets.from) return false;
    if (facets.to && document.to !== facets.to) return false;
    return true;
  });
  return (passage) => {
    const number = documentOfPassage(index.documents, passage);
    if (!allowedDocument[number]) return false;
    const document = index.documents[number];
    const bead = passage - document.first;
    if (facets.notes && !lookup(noted, number, document.noted).has(bead)) return false;
    if (facets.findings && !lookup(flagged, number, document.flagged).has(bead)) return false;
    return true;
  };
}

function lookup(cache: Map<number, Set<number>>, key: number, values: number[]): Set<number> {
  let set = cache.get(key);
  if (!set) cache.set(key, (set = new Set(values)));
  return set;
}

/** Term positions of each side of a passage, kept for the passages searched recently. */
const positionCache = new Map<string, Map<string, number[]>>();
/** Sides kept in the cache: a few result pages' worth, so paging back and forth is instant. */
const POSITION_CACHE_SIZE = 20_000;

function positionsOf(text: string): Map<string, number[]> {
  let positions = positionCache.get(text);
  if (positions) return positions;
  positions = new Map();
  for (const { term, position } of termsOf(text)) {
    let list = positions.get(term);
    if (!list) positions.set(term, (list = []));
    list.push(position);
  }
  if (positionCache.size >= POSITION_CACHE_SIZE) positionCache.clear();
  positionCache.set(text, positions);
  return positions;
}

/** The hit with every clause placed in the text, or undefined when a phrase is not there as consecutive words. */
function placeWords(index: SearchIndex, documentNumber: number, passage: number, clauses: QueryClause[]): SearchHit | undefined {
  const document = index.documents[documentNumber];
  const texts = index.texts.get(documentNumber);
  if (!texts) throw new Error(`texts of document ${document.slug} are not loaded`);
  const [ru, en] = texts[passage - document.first];
  const sides = { ru: positionsOf(ru), en: positionsOf(en) };
  const matched: Record<Lang, Set<number>> = { ru: new Set(), en: new Set() };
  for (const clause of clauses) {
    let placed = false;
    for (const lang of ['ru', 'en'] as const) {
      const at = (word: string[]) => new Set(word.flatMap((term) => sides[lang].get(term) ?? []));
      const following = clause.slice(1).map(at);
      for (const start of at(clause[0])) {
        if (!following.every((positions, offset) => positions.has(start + offset + 1))) continue;
        placed = true;
        for (let k = 0; k < clause.length; k++) matched[lang].add(start + k);
      }
    }
    if (!placed) return undefined;
  }
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  return { slug: document.slug, title: document.title, ...(document.date ? { date: document.date } : {}), bead: passage - document.first, ru, en, matched: { ru: sorted(matched.ru), en: sorted(matched.en) } };
}
