/**
 * `sverka review texts/<slug> FINDING_ID --reason "…"`: dismiss a finding as reviewed. The
 * dismissal is written to texts/<slug>/review.yml, so it survives rebuilds; the reader shows the
 * finding as reviewed from the next build on.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EditRefused, ReviewFileRefused } from '../corpus';
import { dismissFinding } from '../edit';
import { FileRefused } from '../files';
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
  try {
    const { file, finding, problems } = await dismissFinding(corpus, slug, { finding: findingId, reason });
    for (const problem of problems) output.error(`${problem.file}:${problem.line}: ${problem.message}`);
    output.line(`dismissed ${findingId} (${finding.kind}: ${finding.message}) in ${file}`);
    return problems.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof EditRefused || error instanceof ReviewFileRefused || error instanceof FileRefused)) throw error;
    output.error(error.message);
    return 1;
  }
}
