/**
 * Search stage: a bilingual inverted index of every paragraph of the corpus, built once (at build
 * time or by the CLI), and queries against it. A query's words must all occur in one passage
 * (its Russian and English together); a quoted phrase must occur as consecutive words.
 */
import type { Bead, Lang } from '../types';
import { MAX_QUERY_LENGTH, termsOf } from './terms';

export { termsOf, MAX_QUERY_LENGTH } from './terms';

/** What the index knows of one passage (a bead of one document). */
export interface IndexedPassage {
  slug: string;
  bead: number;
  ru: string;
  en: string;
}

/** The index: passages and, for each term, the passages and word positions it occurs at. */
export interface SearchIndex {
  passages: IndexedPassage[];
  /** term → list of [passage, lang (0 ru, 1 en), position]. */
  postings: Map<string, Array<[number, number, number]>>;
}

/** A passage that matches a query, with the words to highlight on each side. */
export interface SearchHit {
  slug: string;
  bead: number;
  ru: string;
  en: string;
  /** Word positions that matched, per side. */
  matched: Record<Lang, number[]>;
}

/** Build the index of documents given as beads and paragraph texts. */
export function buildSearchIndex(documents: Array<{ slug: string; ru: string[]; en: string[]; beads: Bead[] }>): SearchIndex {
  const index: SearchIndex = { passages: [], postings: new Map() };
  for (const document of documents) {
    document.beads.forEach((bead, beadIndex) => {
      const passage = index.passages.length;
      const ru = bead.ru.map((p) => document.ru[p]).join('\n\n');
      const en = bead.en.map((p) => document.en[p]).join('\n\n');
      index.passages.push({ slug: document.slug, bead: beadIndex, ru, en });
      [ru, en].forEach((text, lang) => {
        for (const { term, position } of termsOf(text)) {
          let list = index.postings.get(term);
          if (!list) index.postings.set(term, (list = []));
          list.push([passage, lang, position]);
        }
      });
    });
  }
  return index;
}

/** Passages matching `query`: every word (or quoted phrase) in the passage, either language. */
export function search(index: SearchIndex, query: string): SearchHit[] {
  const clauses = parseQuery(query.slice(0, MAX_QUERY_LENGTH));
  if (clauses.length === 0) return [];
  let candidates: Map<number, Record<Lang, Set<number>>> | undefined;
  for (const clause of clauses) {
    const found = matchClause(index, clause);
    if (!candidates) {
      candidates = found;
    } else {
      for (const passage of [...candidates.keys()]) {
        const more = found.get(passage);
        if (!more) candidates.delete(passage);
        else for (const lang of ['ru', 'en'] as const) for (const position of more[lang]) candidates.get(passage)![lang].add(position);
      }
    }
    if (candidates.size === 0) return [];
  }
  return [...candidates!].map(([passage, matched]) => ({
    ...index.passages[passage],
    matched: { ru: [...matched.ru].sort((a, b) => a - b), en: [...matched.en].sort((a, b) => a - b) },
  }));
}

/** A query: words and "quoted phrases". Each clause is the term alternatives of each of its words. */
function parseQuery(query: string): string[][][] {
  const clauses: string[][][] = [];
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const words = (match[1] ?? match[2]).split(/\s+/).filter(Boolean);
    const clause = words.map((word) => {
      const terms = termsOf(word);
      return [...new Set(terms.map((term) => term.term))];
    }).filter((alternatives) => alternatives.length > 0);
    if (clause.length > 0) clauses.push(clause);
  }
  return clauses;
}

/** Passages where the clause's words occur consecutively (a single word: anywhere), with their positions. */
function matchClause(index: SearchIndex, clause: string[][]): Map<number, Record<Lang, Set<number>>> {
  const found = new Map<number, Record<Lang, Set<number>>>();
  const starts = clause[0].flatMap((term) => index.postings.get(term) ?? []);
  for (const [passage, lang, position] of starts) {
    const ok = clause.slice(1).every((alternatives, offset) => alternatives.some((term) =>
      (index.postings.get(term) ?? []).some(([p, l, q]) => p === passage && l === lang && q === position + offset + 1)));
    if (!ok) continue;
    let entry = found.get(passage);
    if (!entry) found.set(passage, (entry = { ru: new Set(), en: new Set() }));
    for (let k = 0; k < clause.length; k++) entry[lang === 0 ? 'ru' : 'en'].add(position + k);
  }
  return found;
}

/** The index as plain JSON, for a static file the search page loads when it is opened. */
export interface SerializedIndex {
  passages: IndexedPassage[];
  postings: Record<string, Array<[number, number, number]>>;
}

/** The index as JSON-ready data. */
export function serializeIndex(index: SearchIndex): SerializedIndex {
  return { passages: index.passages, postings: Object.fromEntries(index.postings) };
}

/** The index back from its JSON form. */
export function deserializeIndex(data: SerializedIndex): SearchIndex {
  return { passages: data.passages, postings: new Map(Object.entries(data.postings)) };
}
