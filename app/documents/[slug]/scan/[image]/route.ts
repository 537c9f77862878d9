import { getScanImage, listScanImages, prerendersDocuments } from '@/lib/view';

/** Page images the build did not write (a large corpus) are read on first request and kept; anything not in a document's ocr.yml is a 404. */
export const dynamicParams = true;
export const dynamic = 'force-static';

/** Every page image kept beside a scanned original, written as static files at build time for a small corpus. */
export async function generateStaticParams(): Promise<Array<{ slug: string; image: string }>> {
  if (!(await prerendersDocuments())) return [];
  return listScanImages();
}

/** One page image of a document's scan. */
export async function GET(_: Request, { params }: { params: Promise<{ slug: string; image: string }> }): Promise<Response> {
  const { slug, image } = await params;
  const found = await getScanImage(slug, image);
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.bytes as BodyInit, { headers: { 'Content-Type': found.type } });
}
