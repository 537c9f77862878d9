/**
 * Search stage: a bilingual index of every passage (bead) of the corpus, built once at build time
 * or by the CLI, stored as small static files that a browser loads piece by piece, and queried
 * with Russian morphology, names across scripts, phrases and facets.
 */
export { markWords, termsOf, wordsOf, MAX_QUERY_LENGTH } from './terms';
export type { Term } from './terms';
export { parseQuery } from './query';
export { buildSearchIndex } from './build';
export type { SearchDocument, SearchDocumentInput, SearchIndex, PassageText } from './model';
export { FACET_DATE, RESULT_DOCUMENTS_PER_PAGE, search, searchPage, candidatePassages, missingShards, facetValues } from './search';
export type { SearchFacets, SearchHit, SearchResults } from './search';
export { indexFiles, indexFromManifest, addShard, MANIFEST_FILE, shardFile, textFile } from './store';
export type { SearchManifest, SearchShard } from './store';
export { LazySearchIndex } from './lazy';
export type { IndexFileLoader } from './lazy';
