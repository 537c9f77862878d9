import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { displayName, type DocumentRecord } from '@/lib/cite';
import { editModeToken } from '@/lib/edit/access';
import { getDocumentView, listRoutableSlugs, prerendersDocuments } from '@/lib/view';
import { DocumentProblems } from '../../components/DocumentProblems';
import { Reader } from '../../components/Reader';

/**
 * Pages the build did not render (a large corpus, see lib/view/prerender.ts) are rendered on
 * first request and kept; only folders of the corpus have a page, any other path is a 404.
 */
export const dynamicParams = true;
export const dynamic = 'force-static';

/** One page per document folder, broken documents included (they get an explanation), ahead of time for a small corpus. */
export async function generateStaticParams(): Promise<Array<{ slug: string }>> {
  return (await prerendersDocuments()) ? (await listRoutableSlugs()).map((slug) => ({ slug })) : [];
}

/**
 * The page title, and the meta tags reference managers read: Highwire `citation_*` (Google
 * Scholar needs title, author and date; Zotero reads them too) and Dublin Core, whose `DC.type`
 * names the Zotero item type (letter or manuscript) and `DC.coverage` the archive location.
 */
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const view = await getDocumentView((await params).slug);
  if (!view) return {};
  if (!('reader' in view)) return { title: `Problems in ${view.broken.slug}` };
  const { header, record, siteUrl } = view.reader;
  // This page's own address, only when the site's public address is configured (never another site's).
  const pageUrl = siteUrl ? `${siteUrl}/documents/${record.id}` : undefined;
  return { title: header.title, description: header.summary, other: referenceTags(record, pageUrl, view.reader.ru ? 'ru' : 'en') };
}

/** The meta tags of a document's record; names with several values (authors) repeat. */
function referenceTags(record: DocumentRecord, pageUrl: string | undefined, language: string): Record<string, string | string[]> {
  const tags: Record<string, string | string[] | undefined> = {
    citation_title: record.title,
    citation_author: record.authors.map(displayName),
    citation_date: record.date?.replace(/-/g, '/'),
    citation_publication_date: record.date?.replace(/-/g, '/'),
    citation_language: language,
    citation_public_url: pageUrl,
    'DC.title': record.title,
    'DC.creator': record.authors.map(displayName),
    'DC.type': record.type,
    'DC.date': record.date,
    'DC.coverage': [record.archive, record.archiveLocation].filter(Boolean).join(', ') || undefined,
    'DC.language': record.language,
    'DC.description': record.abstract,
    'DC.identifier': pageUrl,
    'z.recipients': record.recipients.map(displayName),
    'z.translators': record.translators.map(displayName),
  };
  return Object.fromEntries(Object.entries(tags).filter((entry): entry is [string, string | string[]] => {
    const value = entry[1];
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  }));
}

/**
 * The reader for one document, or the explanation of why it cannot be shown. In the local edit
 * mode (`npm run edit`) the reader also gets the session's token and its editing controls.
 */
export default async function DocumentPage({ params }: { params: Promise<{ slug: string }> }) {
  const view = await getDocumentView((await params).slug);
  if (!view) notFound();
  if ('broken' in view) return <DocumentProblems document={view.broken} />;
  return <Reader view={view.reader} editToken={editModeToken()} />;
}
