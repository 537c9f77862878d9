/**
 * One writer at a time per document, across processes: ten `sverka review` commands started
 * together each add their entry, none is lost. The lock is proper-lockfile's: a folder created
 * atomically beside the document (`texts/.<slug>.lock`), refreshed while it is held, and taken
 * over when its holder was killed and left it behind longer than `STALE_MS`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { FileRefused } from './read';
import { restoreSetAside } from './write';

/**
 * A lock not refreshed for this long belongs to a killed process and is taken over. The holder
 * refreshes it every half of this; 10 s leaves room for a machine too busy to run the refresh
 * timer on time, and is short enough for a person re-running a killed command.
 */
const STALE_MS = 10_000;
/**
 * How long a writer waits for the lock: longer than any single write (milliseconds) times the
 * writers a person would start together (tens), with room for a busy machine.
 */
const WAIT_RETRIES = { retries: 600, factor: 1.2, minTimeout: 20, maxTimeout: 200 };

/** Where the lock of document `slug` lives: beside its folder, so that the folder can be swapped whole. */
export function documentLockPath(corpusDir: string, slug: string): string {
  return path.join(corpusDir, `.${slug}.lock`);
}

/**
 * Run `work` holding the lock of document `slug` in `corpusDir`. Before it runs, a folder that an
 * interrupted write had set aside is put back, so `work` sees the document as it last was whole.
 */
export async function withDocumentLock<T>(corpusDir: string, slug: string, work: () => Promise<T>): Promise<T> {
  await mkdir(corpusDir, { recursive: true });
  const lockPath = documentLockPath(corpusDir, slug);
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(path.join(corpusDir, slug), {
      lockfilePath: lockPath, realpath: false, stale: STALE_MS, retries: WAIT_RETRIES,
      // A lock lost while held (the machine stalled past STALE_MS) must not go unnoticed: the write fails instead.
      onCompromised: (error) => { throw error; },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new FileRefused(path.join(corpusDir, slug), 'locked', `another Sverka command has been writing this document for too long (lock ${lockPath}); try again when it has finished`);
    }
    throw error;
  }
  try {
    await restoreSetAside(path.join(corpusDir, slug));
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}
