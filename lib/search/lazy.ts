/**
 * The index as a browser uses it: the manifest first, then only the shards a query's words live
 * in and the texts of the documents on the page of results, each fetched once.
 */
import type { SearchIndex, PassageText } from './model';
import { documentOfPassage } from './model';
import { candidatePassages, missingShards, searchPage, type SearchFacets, type SearchResults } from './search';
import { addShard, indexFromManifest, MANIFEST_FILE, shardFile, textFile, type SearchManifest, type SearchShard } from './store';

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
    // The texts of the first `documentLimit` documents with candidates: the page about to be shown.
    const shown = new Set<number>();
    for (const passage of candidatePassages(this.index, query, facets)) {
      shown.add(documentOfPassage(this.index.documents, passage));
      if (shown.size === documentLimit) break;
    }
    await Promise.all([...shown].filter((document) => !this.index.texts.has(document)).map(async (document) => {
      this.index.texts.set(document, await this.load(textFile(document)) as PassageText[]);
    }));
    return searchPage(this.index, query, facets, documentLimit);
  }
}
