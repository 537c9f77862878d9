/**
 * Queries: words and "quoted phrases". Every word or phrase must occur in the passage (its
 * Russian and English together); a phrase's words must be consecutive on one side.
 */
import { MAX_QUERY_LENGTH, termsOf } from './terms';

/** One word of a query: the terms any of which it may match (its stem and, for names, name keys). */
export type QueryWord = string[];
/** A word or a phrase of a query: its words in order. */
export type QueryClause = QueryWord[];

/** The clauses of a query; words that give no term (punctuation only) are dropped. */
export function parseQuery(query: string): QueryClause[] {
  const clauses: QueryClause[] = [];
  for (const match of query.slice(0, MAX_QUERY_LENGTH).matchAll(/"([^"]*)"|(\S+)/g)) {
    const words = (match[1] ?? match[2]).split(/\s+/).filter(Boolean);
    const clause = words.map((word) => [...new Set(termsOf(word).map((term) => term.term))])
      .filter((alternatives) => alternatives.length > 0);
    if (clause.length > 0) clauses.push(clause);
  }
  return clauses;
}

/** Every term a query may look up. */
export function queryTerms(clauses: QueryClause[]): string[] {
  return [...new Set(clauses.flat(2))];
}
