import { listDocumentSummaries } from '@/lib/view';
import { DocumentList } from './components/DocumentList';

/** The document list: every document in the corpus, by date, with a filter. */
export default async function DocumentListPage() {
  const documents = await listDocumentSummaries();
  return (
    <section aria-labelledby="documents-heading">
      <h1 id="documents-heading">Documents</h1>
      <DocumentList documents={documents} />
    </section>
  );
}
