/**
 * `review.yml`: findings a person has reviewed and dismissed, with the reason, so that the
 * dismissal survives rebuilds. Finding ids come from the reader or `sverka check`:
 *
 *   dismissed:
 *     - finding: f-3a9c0d1e2f4a
 *       reason: The scan reads Suzhou; the translator followed the original.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import path from 'node:path';
import { displayPath, readBoundedFileIfPresent, refuseLink, withDocumentLock, writeFileAtomic } from '../files';
import { readYamlMapping } from '../metadata';
import { decodeSource, MAX_SOURCE_BYTES } from '../text';
import type { Dismissal, Problem } from '../types';

const FINDING_ID = /^f-[0-9a-f]{12}$/;

/** Dismissals read from review.yml, with every problem found. */
export interface ReadReview {
  dismissals: Dismissal[];
  problems: Problem[];
}

/** Read and check the text of a review.yml. */
export function readReview(text: string, file: string): ReadReview {
  const { mapping, problems, report } = readYamlMapping(text, file, '"dismissed: [- finding: f-…, reason: …]"');
  const dismissals: Dismissal[] = [];
  if (!mapping) return { dismissals, problems };
  for (const pair of mapping.items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '?';
    if (key !== 'dismissed' || !isSeq(pair.value)) {
      report(pair.key?.range?.[0], key === 'dismissed' ? 'wrong-type' : 'unknown-field',
        key === 'dismissed' ? '"dismissed" must be a list of { finding, reason }' : `unknown field "${key}" in review.yml; the only field is "dismissed"`);
      continue;
    }
    for (const item of pair.value.items as YamlNode[]) {
      const finding = isMap(item) ? item.get('finding') : undefined;
      const reason = isMap(item) ? item.get('reason') : undefined;
      if (typeof finding !== 'string' || !FINDING_ID.test(finding) || typeof reason !== 'string' || reason.trim() === '') {
        report(item?.range?.[0], 'bad-dismissal', 'each dismissal needs "finding: f-…" (12 hex digits) and a non-empty "reason"');
        continue;
      }
      dismissals.push({ finding, reason: reason.trim() });
    }
  }
  return { dismissals, problems };
}

/** review.yml text with one more dismissal (comments and earlier entries kept). */
export function addDismissal(text: string | undefined, dismissal: Dismissal): string {
  const document = parseDocument(text ?? 'dismissed: []\n');
  if (!document.has('dismissed')) document.set('dismissed', []);
  const list = document.get('dismissed');
  if (isSeq(list)) list.flow = false;
  document.addIn(['dismissed'], document.createNode({ finding: dismissal.finding, reason: dismissal.reason }));
  return document.toString({ lineWidth: 100 });
}

/** A review.yml the review command will not write to, with the file and line of the trouble. */
export class ReviewFileRefused extends Error {}

/**
 * Add a dismissal to `<corpusDir>/<slug>/review.yml`, holding the document's lock so that
 * concurrent commands each keep their entry, and writing atomically so that a reader never sees
 * half a file. A review.yml a person broke (a list, `dismissed: 5`) is refused, not overwritten.
 */
export async function recordDismissal(corpusDir: string, slug: string, dismissal: Dismissal): Promise<string> {
  const file = path.join(corpusDir, slug, 'review.yml');
  const display = displayPath(file);
  await withDocumentLock(corpusDir, slug, async () => {
    await refuseLink(path.join(corpusDir, slug), 'folder');
    const bytes = await readBoundedFileIfPresent(file, MAX_SOURCE_BYTES);
    const decoded = bytes && decodeSource(bytes, display);
    // An empty review.yml holds nothing to keep: it is written afresh.
    const text = decoded?.text;
    const unreadable = decoded?.problems.find((problem) => problem.severity === 'error' && problem.code !== 'empty-file');
    if (unreadable) throw new ReviewFileRefused(`${unreadable.file}:${unreadable.line}: ${unreadable.message}`);
    if (text !== undefined) {
      const { problems } = readReview(text, display);
      if (problems.length > 0) {
        throw new ReviewFileRefused(`${problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join('\n')}\nfix review.yml by hand first; nothing was written`);
      }
    }
    await writeFileAtomic(file, addDismissal(text, dismissal));
  });
  return display;
}
