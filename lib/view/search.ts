/** The corpus search index, built at build time for the search page. */
import { alignParagraphs } from '../align';
import { corpusDirectory, isReadable, loadCorpus } from '../corpus';
import { buildSearchIndex, serializeIndex, type SerializedIndex } from '../search';

/** The index of every readable document of the corpus, as JSON-ready data. */
export async function getSearchIndex(corpusDir = corpusDirectory()): Promise<SerializedIndex> {
  const documents = (await loadCorpus(corpusDir)).filter(isReadable).map((document) => {
    const ru = document.ru?.paragraphs.map((p) => p.text) ?? [];
    const en = document.en[0]?.paragraphs.map((p) => p.text) ?? [];
    return { slug: document.slug, ru, en, beads: alignParagraphs(ru, en, { pins: document.pins }).beads };
  });
  return serializeIndex(buildSearchIndex(documents));
}
