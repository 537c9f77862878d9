/**
 * The index as a browser uses it: the manifest first, then only the shards a query's words live
 * in and the texts of the documents on the page of results, each fetched once.
 */
import type { SearchIndex, PassageText } from './model';
import { documentOfPassage } from './model';
import { candidatePassages, missingShards, missingTexts, searchPage, type SearchFacets, type SearchResults } from './search';
import { addShard, addTexts, indexFromManifest, MANIFEST_FILE, shardFile, textFile, type SearchManifest, type SearchShard } from './store';

/** Fetches one index file by name and returns its parsed JSON. */
export type IndexFileLoader = (file: string) => Promise<unknown>;

/** An index that loads its parts on demand. */
export class LazySearchIndex {
  /** The index as loaded so far. */
  readonly index: SearchIndex;
  private readonly load: IndexFileLoader;

  private constructor(index: SearchIndex, load: IndexFileLoader) {
    this.index = index;
    this.load = load;
  }

  /** Load the manifest and return an index ready to query. */
  static async open(load: IndexFileLoader): Promise<LazySearchIndex> {
    return new LazySearchIndex(indexFromManifest(await load(MANIFEST_FILE) as SearchManifest), load);
  }

  /** Results for the first `documentLimit` matching documents, loading what they need. */
  async search(query: string, facets: SearchFacets, documentLimit: number): Promise<SearchResults> {
    await Promise.all(missingShards(this.index, query).map(async (shard) => {
      addShard(this.index, shard, await this.load(shardFile(shard)) as SearchShard);
    }));
    const candidates = candidatePassages(this.index, query, facets);
    const firstDocuments = new Set<number>();
    for (const passage of candidates) {
      firstDocuments.add(documentOfPassage(this.index.documents, passage));
      if (firstDocuments.size > documentLimit) break;
    }
    const needed = missingTexts(this.index, [...firstDocuments].slice(0, documentLimit).map((document) => this.index.documents[document].first));
    await Promise.all(needed.map(async (document) => {
      addTexts(this.index, document, await this.load(textFile(document)) as PassageText[]);
    }));
    return searchPage(this.index, query, facets, documentLimit);
  }
}
