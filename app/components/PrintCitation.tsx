'use client';

/**
 * What a printed page says about itself: the Chicago note for the whole document and the address
 * it was printed from, shown only on paper (the screen has the cite panel).
 */
import { useEffect, useState } from 'react';
import { formatNote, type CitationParts } from '@/lib/cite/note';

/** The print-only citation of a document of `beadCount` passages at `path`. */
export function PrintCitation({ citation, path, siteUrl, beadCount }: { citation: CitationParts; path: string; siteUrl?: string; beadCount: number }) {
  const [origin, setOrigin] = useState(siteUrl ?? '');
  // The configured public address when there is one; otherwise the address it was opened at.
  useEffect(() => setOrigin(siteUrl ?? location.origin), [siteUrl]);
  const address = `${origin}${path}`;
  const note = formatNote(citation, { first: 0, last: Math.max(0, beadCount - 1), permalink: address });
  return <p className="print-citation" data-print-citation="">Cite as: {note}</p>;
}
