'use client';

import { useMemo, useState } from 'react';
import { byDateThenTitle } from '@/lib/metadata/date';
import { NOTE_KIND_LABELS } from '@/lib/notes/labels';
import type { NoteKind } from '@/lib/types';
import type { DocumentSummary } from '@/lib/view';

type SortOrder = 'date' | 'date-desc' | 'title';

const SORTS: Record<SortOrder, { label: string; compare: (a: DocumentSummary, b: DocumentSummary) => number }> = {
  date: { label: 'Date, oldest first', compare: (a, b) => byDateThenTitle(a, b) },
  'date-desc': { label: 'Date, newest first', compare: (a, b) => byDateThenTitle(a, b, -1) },
  title: { label: 'Title', compare: (a, b) => a.title.localeCompare(b.title) },
};

/** The text a filter query is matched against: everything the row shows. */
function searchableText(document: DocumentSummary): string {
  return [document.title, document.datePrinted, document.date, document.from, document.to, document.kind, document.slug]
    .filter(Boolean).join(' ').toLowerCase();
}

/** The document list with a text filter and a choice of order. */
export function DocumentList({ documents }: { documents: DocumentSummary[] }) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortOrder>('date');
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return documents
      .filter((document) => words.every((word) => searchableText(document).includes(word)))
      .sort(SORTS[sort].compare);
  }, [documents, query, sort]);
  return (
    <>
      <div className="list-controls">
        <label>
          <span>Filter</span>{' '}
          <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="title, name, date…" data-control="filter" />
        </label>
        <label>
          <span>Order</span>{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as SortOrder)} data-control="sort">
            {(Object.keys(SORTS) as SortOrder[]).map((order) => <option key={order} value={order}>{SORTS[order].label}</option>)}
          </select>
        </label>
        <span className="list-count" aria-live="polite">{shown.length} of {documents.length} documents</span>
      </div>
      <ul className="document-list">
        {shown.map((document) => <DocumentRow key={document.slug} document={document} />)}
      </ul>
    </>
  );
}

function DocumentRow({ document }: { document: DocumentSummary }) {
  const languages = document.languages.map((lang) => (lang === 'ru' ? 'Russian' : 'English')).join(' + ');
  return (
    <li className="document-row" data-slug={document.slug}>
      <span className="document-date">{document.date ? <time dateTime={document.date}>{document.datePrinted ?? document.date}</time> : 'Undated'}</span>
      <a href={`/documents/${document.slug}`} className="document-title"><bdi>{document.title}</bdi></a>
      <span className="document-meta">
        {document.from && document.to ? <><bdi>{document.from}</bdi> → <bdi>{document.to}</bdi> · </> : ''}
        {document.kind} · {languages || 'no text'}
        {document.paragraphCounts.ru !== undefined ? ` · ${document.paragraphCounts.ru} ¶ Russian` : ''}
        {document.paragraphCounts.en !== undefined ? ` · ${document.paragraphCounts.en} ¶ English` : ''}
        {document.readable && !document.languages.includes('ru') ? ' · Russian original not in the corpus yet' : ''}
      </span>
      <NoteCounts counts={document.noteCounts} />
      {Object.keys(document.findingCounts).length > 0 && (
        <span className="document-findings" data-finding-total={Object.values(document.findingCounts).reduce((a, b) => a + (b ?? 0), 0)}>
          findings: {(['high', 'medium', 'low'] as const).filter((severity) => document.findingCounts[severity]).map((severity) => `${document.findingCounts[severity]} ${severity}`).join(' · ')}
        </span>
      )}
      {!document.readable && <span className="badge badge-error">cannot be shown: {document.problemCount} problem{document.problemCount === 1 ? '' : 's'}</span>}
    </li>
  );
}

/** Notes of a document by kind, e.g. "3 identifications · 1 translator's note". */
function NoteCounts({ counts }: { counts: DocumentSummary['noteCounts'] }) {
  const entries = Object.entries(counts) as Array<[NoteKind, number]>;
  if (entries.length === 0) return null;
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  return (
    <span className="document-notes" data-note-total={total}>
      {total} note{total === 1 ? '' : 's'}: {entries.map(([kind, count]) => `${count} ${NOTE_KIND_LABELS[kind].toLowerCase()}`).join(' · ')}
    </span>
  );
}
