import Link from 'next/link';
import { listDocumentSummaries, type DocumentSummary } from '../lib/view';

/** The document list: every document in the corpus, by date. */
export default async function DocumentListPage() {
  const documents = await listDocumentSummaries();
  return (
    <section aria-labelledby="documents-heading">
      <h1 id="documents-heading">Documents</h1>
      <p className="lede">{documents.length} document{documents.length === 1 ? '' : 's'} in the corpus.</p>
      <ul className="document-list">
        {documents.map((document) => <DocumentRow key={document.slug} document={document} />)}
      </ul>
    </section>
  );
}

function DocumentRow({ document }: { document: DocumentSummary }) {
  const languages = document.languages.map((lang) => (lang === 'ru' ? 'Russian' : 'English')).join(' + ');
  return (
    <li className="document-row" data-slug={document.slug}>
      <span className="document-date">{document.date ? <time dateTime={document.date}>{document.datePrinted ?? document.date}</time> : 'Undated'}</span>
      <Link href={`/documents/${document.slug}`} className="document-title">{document.title}</Link>
      <span className="document-meta">
        {document.from && document.to ? `${document.from} → ${document.to} · ` : ''}
        {document.kind} · {languages || 'no text'}
        {document.readable && !document.languages.includes('ru') ? ' (Russian original not in the corpus yet)' : ''}
      </span>
      {!document.readable && <span className="badge badge-error">cannot be shown: {document.problemCount} problem{document.problemCount === 1 ? '' : 's'}</span>}
    </li>
  );
}
