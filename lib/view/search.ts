/** The corpus search index, built at build time for the search page and by the CLI. */
import { corpusDirectory, isReadable } from '../corpus';
import { buildSearchIndex, indexFiles, type SearchIndex } from '../search';
import { analyseDocument } from '../analysis';
import { byDateThenTitle } from '../metadata';
import type { Document } from '../types';
import { passageMarks } from './build';
import { corpusSnapshot } from './corpus-snapshot';

/** Each corpus snapshot's index: a build asks once per index file, and builds it once. */
const indexes = new WeakMap<Document[], SearchIndex>();
/** Each index's files, encoded once. */
const encodedFiles = new WeakMap<SearchIndex, Map<string, unknown>>();

/** The index of every readable document of the corpus, in the list's order, fully loaded. */
export async function getSearchIndex(corpusDir = corpusDirectory()): Promise<SearchIndex> {
  const corpus = await corpusSnapshot(corpusDir);
  let index = indexes.get(corpus);
  if (!index) {
    const documents = corpus.filter(isReadable).map((document) => {
      const { ru, en, beads } = analyseDocument(document);
      const { noted, flagged } = passageMarks(document);
      const meta = document.meta!;
      return { slug: document.slug, title: meta.title || document.slug, date: meta.date, from: meta.from, to: meta.to, ru, en, beads, notedBeads: noted, flaggedBeads: flagged };
    });
    documents.sort(byDateThenTitle);
    indexes.set(corpus, (index = buildSearchIndex(documents)));
  }
  return index;
}

/** The index's static files by name (manifest, shards, texts), as the search page fetches them. */
export async function getSearchFiles(corpusDir = corpusDirectory()): Promise<Map<string, unknown>> {
  const index = await getSearchIndex(corpusDir);
  let files = encodedFiles.get(index);
  if (!files) encodedFiles.set(index, (files = indexFiles(index)));
  return files;
}
