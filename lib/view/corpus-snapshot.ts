/**
 * The corpus as one build sees it. `next build` asks for the whole corpus from every route that
 * lists it: the document list, the parameters of each export and sentence route, and each file of
 * the search index, of which a thousand-document corpus has a thousand. Reading and parsing every
 * document for each of them made a build quadratic in the corpus (a hundred documents took 2.4
 * minutes of page generation, nearly all of it re-reading). A production build or server never
 * sees the corpus change under it, so there it is read once per process; the development server
 * (`npm run dev`, `npm run edit`) and the tests read it afresh each time, so an edit shows at once.
 */
import { corpusDirectory, loadCorpus } from '../corpus';
import type { Document } from '../types';

const snapshots = new Map<string, Promise<Document[]>>();

/** Every document of the corpus, loaded once per process in production, afresh otherwise. The array is shared: do not change it. */
export function corpusSnapshot(corpusDir = corpusDirectory()): Promise<Document[]> {
  if (process.env.NODE_ENV !== 'production') return loadCorpus(corpusDir);
  let snapshot = snapshots.get(corpusDir);
  if (!snapshot) {
    snapshot = loadCorpus(corpusDir);
    snapshots.set(corpusDir, snapshot);
    // A failed read is not kept: the next request tries again.
    snapshot.catch(() => snapshots.delete(corpusDir));
  }
  return snapshot;
}
