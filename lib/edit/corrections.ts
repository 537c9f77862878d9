/**
 * A person's corrections written to the corpus, checked against the document's current
 * analysis: alignment edits become pins in alignment.yml, dismissed findings entries in
 * review.yml. The command line (`sverka pin`, `sverka review`) and the edit mode both write
 * through here.
 */
import { analyseDocument } from '../analysis';
import { EditRefused, loadDocument, recordAlignmentEdit, recordDismissal, type AlignmentEdit, type RecordedEdit } from '../corpus';
import type { Dismissal, Problem } from '../types';
import { getDocumentView, type FindingView } from '../view';

/**
 * Write `edit` to the document's alignment.yml as pins, around the alignment as it stands now;
 * with `revision`, only if that alignment is still the one the person saw (`alignmentRevision`).
 */
export async function editAlignment(corpusDir: string, slug: string, edit: AlignmentEdit, revision?: string): Promise<RecordedEdit> {
  return recordAlignmentEdit(corpusDir, slug, edit, (document) => analyseDocument(document).beads, revision);
}

/** What dismissing a finding wrote, and any problem review.yml has afterwards. */
export interface RecordedDismissal {
  file: string;
  finding: FindingView;
  problems: Problem[];
}

/**
 * Record `dismissal` in the document's review.yml, if the finding it names is one the document
 * has now; throws EditRefused when it is not (a stale page, a mistyped id).
 */
export async function dismissFinding(corpusDir: string, slug: string, dismissal: Dismissal): Promise<RecordedDismissal> {
  const view = await getDocumentView(slug, corpusDir);
  if (!view || !('reader' in view)) throw new EditRefused(`${slug}: not a readable document of the corpus`);
  const finding = view.reader.findings.find((candidate) => candidate.id === dismissal.finding);
  if (!finding) throw new EditRefused(`${slug}: no finding ${dismissal.finding}; the current ones are listed by the reader's findings panel`);
  const file = await recordDismissal(corpusDir, slug, dismissal);
  const reloaded = await loadDocument(slug, corpusDir);
  const problems = reloaded?.problems.filter((problem) => problem.file.endsWith('review.yml')) ?? [];
  return { file, finding, problems };
}

/** An edit in words, with the reader's numbers (from 1): "passages 12 and 13 merged". */
export function describeEdit(edit: AlignmentEdit): string {
  switch (edit.kind) {
    case 'merge': return `passages ${edit.bead + 1} and ${edit.bead + 2} merged`;
    case 'pin': return `passage ${edit.bead + 1} kept as it is`;
    case 'unpin': return `passage ${edit.bead + 1} left to the aligner again`;
    case 'split': return `passage ${edit.bead + 1} split before Russian ¶ ${edit.ru + 1} and English ¶ ${edit.en + 1}`;
    case 'untranslated': return `Russian ¶ ${edit.ru + 1} marked as not translated`;
    case 'added': return `English ¶ ${edit.en + 1} marked as added by the translator`;
  }
}
