import { EXPORT_FORMATS, renderDocumentExport, type ExportFormat } from '@/lib/export';
import { listDocumentSummaries } from '@/lib/view';

/** Only the documents and formats below exist; anything else is a 404. */
export const dynamicParams = false;

/** Every readable document in every export format, written as static files at build time. */
export async function generateStaticParams(): Promise<Array<{ slug: string; format: string }>> {
  const documents = (await listDocumentSummaries()).filter((document) => document.readable);
  return documents.flatMap((document) => Object.keys(EXPORT_FORMATS).map((format) => ({ slug: document.slug, format })));
}

/** The document in the requested format, as a download. */
export async function GET(_: Request, { params }: { params: Promise<{ slug: string; format: string }> }): Promise<Response> {
  const { slug, format } = await params;
  if (!(format in EXPORT_FORMATS)) return new Response('Not found', { status: 404 });
  const body = await renderDocumentExport(slug, format as ExportFormat);
  if (body === undefined) return new Response('Not found', { status: 404 });
  const { type, extension } = EXPORT_FORMATS[format as ExportFormat];
  return new Response(body, {
    headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${slug}.${extension}"` },
  });
}
