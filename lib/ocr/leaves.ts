/**
 * The archival leaf each page of a scan is, for its folio mark: numbered on from --first-leaf, or
 * from the first leaf of the locator's `listy` in document.yml.
 */
import { OcrRefused } from './programs';

const LEAF = /^\d{1,5}$/;

/**
 * The leaf of each page: from --first-leaf, else from the locator's `listy` ("88-89"). Without
 * either, nothing says which leaves the pages are, and a wrong leaf would be cited: refused.
 */
export function leavesOf(pages: number, listy: string | undefined, firstLeaf: string | undefined): { list: string[]; warnings: string[] } {
  if (firstLeaf !== undefined && !LEAF.test(firstLeaf)) throw new OcrRefused(`--first-leaf ${firstLeaf}: give the leaf number of the first page, e.g. 88`);
  const range = /^(\d+)(?:-(\d+))?$/.exec(listy ?? '');
  const start = firstLeaf ?? range?.[1];
  if (start === undefined) {
    throw new OcrRefused('document.yml gives no leaves (locators: listy) and --first-leaf is not given: '
      + 'pass --first-leaf N, the archive\'s leaf number of the first page (its stamp in the corner), so that folio marks and citations name the right leaf');
  }
  const list = Array.from({ length: pages }, (_, index) => String(Number(start) + index));
  const warnings: string[] = [];
  if (range && firstLeaf === undefined) {
    const listed = range[2] ? Number(range[2]) - Number(range[1]) + 1 : 1;
    // More pages than leaves is usual (the backs of leaves, оборот); fewer means part of the document.
    const marked = pages === 1 ? `the page was marked as leaf ${list[0]}` : `the pages were marked as leaves ${list[0]}–${list.at(-1)}`;
    if (listed !== pages) warnings.push(`document.yml lists ${listed} lea${listed === 1 ? 'f' : 'ves'} (${listy}) and the scan has ${pages} page${pages === 1 ? '' : 's'}: ${marked}; correct the [Л. …] marks in ru.md where a page is the back of a leaf (об.) or another leaf`);
  }
  return { list, warnings };
}

