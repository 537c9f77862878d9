import type { VersionComparisonView } from '@/lib/view';
import { passageNumber } from '@/lib/cite/note';
import { beadHash } from './reader/bead-hash';

/**
 * Versions of the translation compared passage by passage: a word-level diff of each changed
 * passage (removed words struck through, added ones underlined), and which findings the later
 * version resolved or introduced. Rendered on the server: it needs no script.
 */
export function VersionsPanel({ comparisons }: { comparisons: VersionComparisonView[] }) {
  if (comparisons.length === 0) return null;
  return (
    <section className="versions-panel" aria-label="Versions of the translation">
      {comparisons.map((comparison) => (
        <details key={`${comparison.from}-${comparison.to}`} className="version-comparison" data-versions={`${comparison.from}..${comparison.to}`}>
          <summary>
            Versions: {comparison.from} → {comparison.to} ({comparison.passages.length} passage{comparison.passages.length === 1 ? '' : 's'} changed,
            {' '}{comparison.resolved.length} finding{comparison.resolved.length === 1 ? '' : 's'} resolved, {comparison.introduced.length} introduced)
          </summary>
          <ol className="version-passages">
            {comparison.passages.map((passage) => (
              <li key={passage.bead} data-diff-bead={passage.bead}>
                <a href={beadHash(passage.bead)}>Passage {passageNumber(passage.bead)}</a>
                <p className="version-diff" lang="en">
                  {passage.pieces.map((piece, index) => piece.op === 'equal' ? <span key={index}>{piece.text}</span>
                    : piece.op === 'delete' ? <del key={index}>{piece.text}</del> : <ins key={index}>{piece.text}</ins>)}
                </p>
              </li>
            ))}
          </ol>
          {[['resolved', comparison.resolved], ['introduced', comparison.introduced]].map(([name, findings]) => (findings as VersionComparisonView['resolved']).length > 0 && (
            <div key={name as string} className={`version-findings version-findings-${name as string}`}>
              <h3>Findings {name as string} in {comparison.to}</h3>
              <ul>{(findings as VersionComparisonView['resolved']).map((finding, index) => <li key={index} data-finding-kind={finding.kind}>{finding.message}</li>)}</ul>
            </div>
          ))}
        </details>
      ))}
    </section>
  );
}
