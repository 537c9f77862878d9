/**
 * The passages whose alignment the aligner is not sure of, listed like the findings: a reviewer
 * checks these first. Static markup; each entry links to its passage (#bN), which the reader
 * selects and brings into view.
 */
import type { DoubtfulBeadView } from '@/lib/view';
import { passageNumber } from '@/lib/cite/note';

/**
 * The panel of doubtful passages; nothing when the aligner is sure of every one. `editable` (the
 * local edit mode) adds how to confirm a passage that was right.
 */
export function AlignmentDoubts({ doubtful, editable = false }: { doubtful: DoubtfulBeadView[]; editable?: boolean }) {
  if (doubtful.length === 0) return null;
  return (
    <details className="doubts-panel">
      <summary>Alignment to check ({doubtful.length} passage{doubtful.length === 1 ? '' : 's'})</summary>
      <p className="doubts-hint">The aligner is least sure of these passages: their lengths, or their neighbours&apos;, do not fit the rest of the translation. Check that each Russian passage stands beside its translation.
        {editable && ' A passage that is right leaves this list when you keep it as it is (select it, then "Keep passage … as it is" below); one that is wrong, when you fix it.'}</p>
      <ul className="doubts-list">
        {doubtful.map(({ bead, confidence }) => (
          <li key={bead} data-doubtful-bead={bead}>
            <a href={`#b${passageNumber(bead)}`}>passage {passageNumber(bead)}</a>
            <span className="doubt-confidence"> confidence {confidence.toFixed(2)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
