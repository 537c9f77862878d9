/** The corpus search index, built at build time for the search page and by the CLI. */
import { corpusDirectory, isReadable, loadCorpus } from '../corpus';
import { buildSearchIndex, indexFiles, type SearchIndex } from '../search';
import { analyseDocument } from '../analysis';
import { sha256Hex } from '../text';
import { byDateThenTitle } from '../metadata';
import { passageMarks } from './build';

/** The index of every readable document of the corpus, in the list's order, fully loaded. */
export async function getSearchIndex(corpusDir = corpusDirectory()): Promise<SearchIndex> {
  const documents = (await loadCorpus(corpusDir)).filter(isReadable).map((document) => {
    const { ru, en, beads } = analyseDocument(document);
    const { noted, flagged } = passageMarks(document);
    const meta = document.meta!;
    return { slug: document.slug, title: meta.title || document.slug, date: meta.date, from: meta.from, to: meta.to, ru, en, beads, notedBeads: noted, flaggedBeads: flagged };
  });
  documents.sort(byDateThenTitle);
  const key = sha256Hex(JSON.stringify(documents));
  let index = builtIndexes.get(key);
  if (!index) builtIndexes.set(key, (index = buildSearchIndex(documents)));
  return index;
}

/** The index's static files by name (manifest, shards, texts), as the search page fetches them. */
export async function getSearchFiles(corpusDir = corpusDirectory()): Promise<Map<string, unknown>> {
  const index = await getSearchIndex(corpusDir);
  let files = encodedFiles.get(index);
  if (!files) encodedFiles.set(index, (files = indexFiles(index)));
  return files;
}

/** Indexes built in this process, by a hash of their input: a build asks once per index file. */
const builtIndexes = new Map<string, SearchIndex>();
/** Each index's files, encoded once. */
const encodedFiles = new WeakMap<SearchIndex, Map<string, unknown>>();
