/**
 * Which documents a build renders ahead of time. A small corpus is rendered whole (every reader
 * page, export and sentence file), so the output can go on any static host. A large one is not:
 * each document costs its build about two seconds across its eight routes (measured with
 * `npm run bench:build`), so above the limit the build renders only the list and the search
 * index, and `next start` renders each page or export the first time someone asks for it, then
 * keeps it. SVERKA_PRERENDER=all or =none overrides the choice.
 */
import { corpusDirectory } from '../corpus';
import { listRoutableSlugs } from './build';

/**
 * Documents rendered whole without being asked: about three and a half minutes of build on the
 * 2-core machine the benchmarks run on, the most a person should wait for a corpus they edit.
 */
export const PRERENDER_ALL_LIMIT = 100;

/** What SVERKA_PRERENDER may say. */
const MODES = ['all', 'none', 'auto'] as const;
type PrerenderMode = (typeof MODES)[number];

/** The mode SVERKA_PRERENDER asks for; `auto` when unset. Any other value stops the build with a message. */
export function prerenderMode(): PrerenderMode {
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
