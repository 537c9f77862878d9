/**
 * The `sverka` command run in the test's own process, as a person runs it, with what it printed;
 * and the revision of a document's alignment as its page shows it.
 */
import { analyseDocument } from '../../lib/analysis';
import { main } from '../../lib/cli/sverka';
import { alignmentRevision, loadDocument } from '../../lib/corpus';

/** Run `sverka ARGS…`: its exit code and every line it printed, standard output and errors in order. */
export async function runSverka(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await main(args, { line: (text) => lines.push(text), error: (text) => lines.push(text) });
  return { code, lines };
}

/** The revision of a document's alignment in `corpusDir` now: what a page rendered from it shows and sends. */
export async function currentRevision(corpusDir: string, slug: string): Promise<string> {
  const document = await loadDocument(slug, corpusDir);
  if (!document) throw new Error(`no document ${slug} in ${corpusDir}`);
  return alignmentRevision(analyseDocument(document).beads);
}
