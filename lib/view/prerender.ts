/**
 * Which documents a build renders ahead of time. A small corpus is rendered whole (every reader
 * page, export and sentence file), so the output can go on any static host. A large one is not:
 * each document costs its build about a quarter of a second across its eight routes, and memory
 * (`SVERKA_PRERENDER=all npm run bench:build -- 1000`: 318 s and 1.9 GB for 1,000 documents, against
 * 82 s and 1.1 GB rendering on request), so above the limit the build renders only the list and
 * the search index, and `next start` renders each page or export the first time someone asks for
 * it, then keeps it. SVERKA_PRERENDER=all or =none overrides the choice.
 */
import { corpusDirectory } from '../corpus';
import { listRoutableSlugs } from './build';

/**
 * Documents rendered whole without being asked: about half a minute added to the build on the
 * 2-core machine the benchmarks run on, a price worth a site any static host can serve.
 */
const PRERENDER_ALL_LIMIT = 100;

/** What SVERKA_PRERENDER may say. */
const MODES = ['all', 'none', 'auto'] as const;
type PrerenderMode = (typeof MODES)[number];

/** The mode SVERKA_PRERENDER asks for; `auto` when unset. Any other value stops the build with a message. */
function prerenderMode(): PrerenderMode {
  const value = process.env.SVERKA_PRERENDER?.trim() || 'auto';
  if (!(MODES as readonly string[]).includes(value)) {
    throw new Error(`SVERKA_PRERENDER is "${value}": it must be all, none or auto (all up to ${PRERENDER_ALL_LIMIT} documents)`);
  }
  return value as PrerenderMode;
}

/**
 * Whether the build renders every document's routes ahead of time: all or none, by the size of the
 * whole corpus (a count of folders, so that a large corpus's routes cost the build no reading).
 */
export async function prerendersDocuments(corpusDir = corpusDirectory()): Promise<boolean> {
  const mode = prerenderMode();
  if (mode !== 'auto') return mode === 'all';
  return (await listRoutableSlugs(corpusDir)).length <= PRERENDER_ALL_LIMIT;
}
