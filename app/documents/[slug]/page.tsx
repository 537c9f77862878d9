import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDocumentView, listRoutableSlugs } from '@/lib/view';
import { DocumentProblems } from '../../components/DocumentProblems';
import { Reader } from '../../components/Reader';

/** Only documents in the corpus exist; any other path is a 404, never a file-system lookup. */
export const dynamicParams = false;

/** One page per document folder, broken documents included (they get an explanation). */
export async function generateStaticParams(): Promise<Array<{ slug: string }>> {
  return (await listRoutableSlugs()).map((slug) => ({ slug }));
}

/**
 * The page title, and Highwire-style citation_* meta tags so that reference managers such as
 * Zotero can save the document with its date, archive and locator.
 */
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const view = await getDocumentView((await params).slug);
  if (!view) return {};
  if (!('reader' in view)) return { title: `Problems in ${view.broken.slug}` };
  const header = view.reader.header;
  const citation: Record<string, string> = { citation_title: header.title, citation_language: view.reader.ru ? 'ru' : 'en' };
  if (header.date) {
    citation.citation_date = header.date.replace(/-/g, '/');
    citation.citation_publication_date = header.date.replace(/-/g, '/');
  }
  if (header.source?.archive) citation.citation_publisher = header.source.archive;
  if (header.locators.length > 0) citation.citation_archive_location = header.locators.join('; ');
  if (header.translator) citation.citation_translator = header.translator;
  if (header.source?.url) citation.citation_public_url = header.source.url;
  return { title: header.title, description: header.summary, other: citation };
}

/** The reader for one document, or the explanation of why it cannot be shown. */
export default async function DocumentPage({ params }: { params: Promise<{ slug: string }> }) {
  const view = await getDocumentView((await params).slug);
  if (!view) notFound();
  if ('broken' in view) return <DocumentProblems document={view.broken} />;
  return <Reader view={view.reader} />;
}
