'use client';

import { useState } from 'react';
import { passageNumber } from '@/lib/cite/note';
import { beadHash } from './reader/bead-hash';
import { EditStatusLine, useEditSender } from './EditMode';
import { shellQuote } from '@/lib/text/shell-quote';
import type { FindingView } from '@/lib/view';
import { SEVERITY_ORDER } from '@/lib/types';

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
 * The fidelity findings of the document, most severe first, with their
 * evidence. Each is a link to its passage (#b28): following it selects the passage, which
 * scrolls both panes to it, and it can be opened in a new tab or copied like any link; the spans
 * it points at are marked in the text on both sides.
 */
export function FindingsPanel({ findings, slug }: { findings: FindingView[]; slug: string }) {
  const open = findings.filter((finding) => !finding.dismissed);
  // Most severe first, then in reading order; reviewed ones last.
  const listed = [...findings].sort((a, b) => Number(Boolean(a.dismissed)) - Number(Boolean(b.dismissed))
    || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.bead - b.bead);
  const counts = (['high', 'medium', 'low'] as const).map((severity) => [severity, open.filter((f) => f.severity === severity).length] as const);
  return (
    <details className="findings-panel">
      <summary>Fidelity findings ({open.length}{findings.length > open.length ? ` open, ${findings.length - open.length} reviewed` : ''}: {counts.filter(([, count]) => count > 0).map(([severity, count]) => `${count} ${severity}`).join(', ') || 'none'})</summary>
      <ol className="findings-list">
        {listed.map((finding) => (
          <li key={finding.id} data-finding-kind={finding.kind} data-severity={finding.severity}>
            <a href={beadHash(finding.bead)} className="finding-link" data-finding-link={finding.id}>
              <span className={`severity severity-${finding.severity}`}>{finding.severity}</span>{' '}
              <span className="finding-passage">{passagesOf(finding)}</span>{' '}
              <span className="finding-kind">{KIND_LABELS[finding.kind]}</span>{' '}
              {finding.message}
            </a>
            <span className="finding-evidence">{finding.evidence}</span>
            {finding.dismissed ? <span className="finding-dismissed">Reviewed: {finding.dismissed}</span> : <Dismiss slug={slug} finding={finding} />}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Where a finding is: "passage 28", or "passages 1–98" for one that covers several. */
function passagesOf(finding: FindingView): string {
  const beads = finding.beads ?? [finding.bead];
  const first = passageNumber(beads[0]);
  return beads.length > 1 ? `passages ${first}–${passageNumber(beads[beads.length - 1])}` : `passage ${first}`;
}

/**
 * Dismissing a finding as reviewed. The built site cannot write to texts/, so it composes the
 * command that records the dismissal in review.yml, ready to copy; in the local edit mode the
 * button writes review.yml itself. The form is made only when its disclosure is opened: a page
 * with hundreds of findings would otherwise carry hundreds of hidden text fields, and Chromium
 * lays out each hidden field on its own once the page has loaded (its form scan), a long task of
 * 359 ms on the 10,000-passage document of npm run bench:reader.
 */
function Dismiss({ slug, finding }: { slug: string; finding: FindingView }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="finding-dismiss" onToggle={(event) => { if (event.currentTarget.open) setOpened(true); }}>
      <summary>Dismiss as reviewed…</summary>
      {opened && <DismissForm slug={slug} finding={finding} />}
    </details>
  );
}

/** The reason, and the button that writes it (edit mode) or the command that records it. */
function DismissForm({ slug, finding }: { slug: string; finding: FindingView }) {
  const [reason, setReason] = useState('');
  const sender = useEditSender();
  const reasonField = <label>Reason <input type="text" value={reason} onChange={(event) => setReason(event.target.value)} data-control="dismiss-reason" /></label>;
  if (sender) {
    return (
      <>
        {reasonField}
        <button type="button" data-dismiss-write={finding.id} disabled={reason.trim() === '' || sender.busy} onClick={() => void sender.send({ review: { finding: finding.id, reason } })}>Mark reviewed</button>
        <EditStatusLine sender={sender} />
      </>
    );
  }
  const command = `npm run sverka -- review texts/${slug} ${finding.id} --reason ${shellQuote(reason || '…')}`;
  return (
    <>
      {reasonField}
      <code className="dismiss-command" data-dismiss-command={finding.id}>{command}</code>
      <button type="button" onClick={() => { void navigator.clipboard?.writeText(command); }} disabled={reason.trim() === ''}>Copy command</button>
    </>
  );
}
