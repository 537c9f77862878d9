'use client';

import type { FindingView } from '../../lib/view';

const KIND_LABELS: Record<FindingView['kind'], string> = {
  'number-mismatch': 'Number',
  'date-mismatch': 'Date or time',
  'name-mismatch': 'Name',
  omission: 'Not translated',
  addition: 'Added',
  'sentence-omitted': 'Sentence left out',
  'length-ratio': 'Length',
  untranslated: 'Untranslated text',
  'transliteration-without-note': 'Transliteration',
  'locator-mismatch': 'Archival reference',
};

/**
 * The fidelity findings of the document, most severe first within each passage, with their
 * evidence. Clicking one selects its passage, which scrolls both panes to it; the spans it
 * points at are marked in the text on both sides.
 */
export function FindingsPanel({ findings }: { findings: FindingView[] }) {
  const counts = (['high', 'medium', 'low'] as const).map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const);
  return (
    <details className="findings-panel">
      <summary>Fidelity findings ({findings.length}: {counts.filter(([, count]) => count > 0).map(([severity, count]) => `${count} ${severity}`).join(', ') || 'none'})</summary>
      <ol className="findings-list">
        {findings.map((finding) => (
          <li key={finding.id} data-finding-kind={finding.kind} data-severity={finding.severity}>
            <button type="button" data-finding-link={finding.id} onClick={() => { location.hash = `#b${finding.bead}`; }}>
              <span className={`severity severity-${finding.severity}`}>{finding.severity}</span>{' '}
              <span className="finding-kind">{KIND_LABELS[finding.kind]}</span>{' '}
              {finding.message}
            </button>
            <span className="finding-evidence">{finding.evidence}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
