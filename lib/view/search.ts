/** The corpus search index, built at build time for the search page and by the CLI. */
import { corpusDirectory, isReadable, loadCorpus } from '../corpus';
import { buildSearchIndex, serializeIndex, type SerializedIndex } from '../search';
import { analyseDocument } from './analysis';

/** The index of every readable document of the corpus, as JSON-ready data. */
export async function getSearchIndex(corpusDir = corpusDirectory()): Promise<SerializedIndex> {
  const documents = (await loadCorpus(corpusDir)).filter(isReadable).map((document) => {
    const { ru, en, beads } = analyseDocument(document);
    return { slug: document.slug, ru, en, beads };
  });
  return serializeIndex(buildSearchIndex(documents));
}
