/**
 * The passages whose alignment the aligner is not sure of, listed like the findings: a reviewer
 * checks these first. Static markup; each entry links to its passage (#bN), which the reader
 * selects and brings into view.
 */
import type { DoubtfulBeadView } from '@/lib/view';
import { passageNumber } from '@/lib/cite/note';

/**
 * The panel of doubtful passages; nothing when the aligner is sure of every one. It says how a
 * passage leaves the list: in the local edit mode (`editable`), by the panel below; on the built
 * site, by the edit mode or by the `sverka pin` command, given with the revision of the alignment
 * the page shows, so that a command with numbers read off an out-of-date page is refused.
 */
export function AlignmentDoubts({ doubtful, slug, revision, editable = false }: { doubtful: DoubtfulBeadView[]; slug: string; revision: string; editable?: boolean }) {
  if (doubtful.length === 0) return null;
  return (
    <details className="doubts-panel">
      <summary>Alignment to check ({doubtful.length} passage{doubtful.length === 1 ? '' : 's'})</summary>
      <p className="doubts-hint">The aligner is least sure of these passages, the riskiest first: their lengths, or their neighbours&apos;, do not fit the rest of the translation. Check that each Russian passage stands beside its translation.
        {editable && ' A passage that is right leaves this list when you keep it as it is (select it, then "Keep passage … as it is" below); one that is wrong, when you fix it.'}</p>
      {!editable && (
        <>
          <p className="doubts-hint">A passage leaves this list once it is kept as it is, or fixed: in the edit mode (<code>npm run edit</code>), or with this command, N being its number (<code>merge N</code> or <code>split N RU EN</code> instead of <code>keep N</code> fixes it):</p>
          <code className="dismiss-command" data-pin-command="">{`npm run sverka -- pin texts/${slug} keep N --revision ${revision}`}</code>
          <p className="doubts-hint">The revision is this page&apos;s alignment: if the alignment has changed since, the command is refused and writes nothing.</p>
        </>
      )}
      <ul className="doubts-list">
        {riskiestFirst(doubtful).map(({ bead, confidence }) => (
          <li key={bead} data-doubtful-bead={bead}>
            <a href={`#b${passageNumber(bead)}`}>passage {passageNumber(bead)}</a>
            <span className="doubt-confidence"> {misalignmentRisk(confidence)} risk of misalignment</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The doubtful passages, the least likely to be right first; passages of equal risk in reading order. */
function riskiestFirst(doubtful: DoubtfulBeadView[]): DoubtfulBeadView[] {
  return [...doubtful].sort((a, b) => a.confidence - b.confidence || a.bead - b.bead);
}

/**
 * The chance that a passage is misaligned, as a percentage a reader can compare: one decimal
 * below 10%, where the doubtful passages start (each is above the average passage's risk, about
 * 1.2%, LOW_CONFIDENCE), whole percents above. Shown as a confidence to two decimals, nearly
 * every doubtful passage read "0.99".
 */
function misalignmentRisk(confidence: number): string {
  const percent = (1 - confidence) * 100;
  return `${percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}
