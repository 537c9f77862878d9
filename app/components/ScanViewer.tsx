'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

interface OpenScan {
  image: string;
  label: string;
  /** What had focus before: it gets it back when the scan closes. */
  opener: HTMLElement;
}

/**
 * The page of the scan beside the text: a click on any scan link of the reader (a folio mark's,
 * or the OCR panel's) opens the page image in a panel at the side, over the other pane, rather
 * than leaving the reader; Esc or Close puts focus back on the link. Without JavaScript the link
 * opens the image itself. One listener for the whole page, so the passages stay static markup.
 */
export function ScanViewer() {
  const [open, setOpen] = useState<OpenScan | undefined>();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-scan-link]');
      if (!link) return;
      event.preventDefault();
      const leaf = link.dataset.leaf;
      setOpen({ image: link.getAttribute('href')!, label: leaf ? `Scan of leaf ${leaf}` : `Scan page ${link.dataset.scanPage ?? ''}`.trim(), opener: link });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  const close = useCallback(() => {
    open?.opener.focus();
    setOpen(undefined);
  }, [open]);
  // Focus goes into the panel when a page opens; Esc closes it.
  useEffect(() => {
    if (!open) return;
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape') close(); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);
  if (!open) return null;
  return (
    <aside className="scan-viewer" role="dialog" aria-label={open.label} data-scan-viewer="">
      <div className="scan-viewer-bar">
        <span>{open.label}</span>
        <a href={open.image} target="_blank" rel="noopener">Open full size</a>
        <button type="button" ref={closeButton} onClick={close}>Close</button>
      </div>
      <img src={open.image} alt={open.label} />
    </aside>
  );
}
