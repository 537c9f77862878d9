import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDocumentView, listRoutableSlugs } from '../../../lib/view';
import { DocumentProblems } from '../../components/DocumentProblems';
import { Reader } from '../../components/Reader';

/** Only documents in the corpus exist; any other path is a 404, never a file-system lookup. */
export const dynamicParams = false;

/** One page per document folder, broken documents included (they get an explanation). */
export async function generateStaticParams(): Promise<Array<{ slug: string }>> {
  return (await listRoutableSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const view = await getDocumentView((await params).slug);
  if (!view) return {};
  return { title: 'reader' in view ? view.reader.header.title : `Problems in ${view.broken.slug}` };
}

/** The reader for one document, or the explanation of why it cannot be shown. */
export default async function DocumentPage({ params }: { params: Promise<{ slug: string }> }) {
  const view = await getDocumentView((await params).slug);
  if (!view) notFound();
  if ('broken' in view) return <DocumentProblems document={view.broken} />;
  return <Reader view={view.reader} />;
}
