/**
 * `sverka review texts/<slug> FINDING_ID --reason "…"`: dismiss a finding as reviewed. The
 * dismissal is written to texts/<slug>/review.yml, so it survives rebuilds; the reader shows the
 * finding as reviewed from the next build on.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDocument, recordDismissal, ReviewFileRefused } from '../corpus';
import { FileRefused } from '../files';
import { getDocumentView } from '../view';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const REVIEW_USAGE = 'review texts/<slug> FINDING_ID --reason "…"   dismiss a finding as reviewed (saved in review.yml)';

/** Run the review command; returns the process exit code. */
export async function runReview(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { reason: { type: 'string' } } });
  const [folder, findingId] = positionals;
  const reason = values.reason?.trim();
  if (!folder || !findingId || !reason) {
    output.error(`usage: sverka ${REVIEW_USAGE}`);
    return 2;
  }
  const corpus = path.dirname(path.resolve(folder));
  const slug = path.basename(path.resolve(folder));
  const view = await getDocumentView(slug, corpus);
  if (!view || !('reader' in view)) {
    output.error(`${folder}: not a readable document of the corpus`);
    return 1;
  }
  const finding = view.reader.findings.find((candidate) => candidate.id === findingId);
  if (!finding) {
    output.error(`${folder}: no finding ${findingId}; the current ones are listed by the reader's findings panel`);
    return 1;
  }
  let file: string;
  try {
    file = await recordDismissal(corpus, slug, { finding: findingId, reason });
  } catch (error) {
    if (!(error instanceof ReviewFileRefused || error instanceof FileRefused)) throw error;
    output.error(error.message);
    return 1;
  }
  const reloaded = await loadDocument(slug, corpus);
  const problems = reloaded?.problems.filter((problem) => problem.file.endsWith('review.yml')) ?? [];
  for (const problem of problems) output.error(`${problem.file}:${problem.line}: ${problem.message}`);
  output.line(`dismissed ${findingId} (${finding.kind}: ${finding.message}) in ${file}`);
  return problems.length > 0 ? 1 : 0;
}
