/**
 * Archival leaves (листы, folios) in the texts. Archive publications mark where a new leaf of the
 * original begins: "[Л. 89]" or "[l. 89]" inside the text, or "Л. 89" as a line of its own. Each
 * mark says that the leaf starts in that passage; a passage is on the leaf in force where it
 * begins and on every leaf that starts inside it. A citation names them ("l. 89", "ll. 88–89"),
 * as archival citations do.
 */
import type { Lang, Note } from '../types';

/** A leaf that starts in a paragraph: "89", or "89 ob." for the back of leaf 89. */
export interface FolioMark {
  lang: Lang;
  paragraph: number;
  leaf: string;
  /** The mark opens its paragraph (or is the whole paragraph): nothing before it is on the earlier leaf. */
  atStart: boolean;
}

/** A leaf that starts in a passage, and whether it starts with the passage. */
export interface PassageLeaf {
  leaf: string;
  atStart?: boolean;
}

/** A folio mark's text: l./л./ll., the leaf number, and оборот (ob., v.) for its back. */
const FOLIO = /^(?:ll?|лл?)\.\s*(\d{1,5})(?:\s*(об|ob|v|verso)\.?)?$/iu;

/** The leaf a note or a paragraph names, or undefined when it names none. */
export function leafOf(text: string): string | undefined {
  const match = FOLIO.exec(text.trim());
  if (!match) return undefined;
  return match[2] ? `${Number(match[1])} ob.` : String(Number(match[1]));
}

/**
 * The folio marks of a text: archival-reference notes that name a leaf, and paragraphs that are
 * nothing but a leaf mark. In paragraph order.
 */
export function folioMarks(lang: Lang, paragraphs: string[], notes: Note[]): FolioMark[] {
  const marks: FolioMark[] = [];
  for (const note of notes) {
    const leaf = note.lang === lang && note.kind === 'archival-reference' ? leafOf(note.text) : undefined;
    if (leaf) marks.push({ lang, paragraph: note.paragraph, leaf, atStart: (paragraphs[note.paragraph] ?? '').slice(0, note.start).trim() === '' });
  }
  paragraphs.forEach((text, paragraph) => {
    const leaf = leafOf(text);
    if (leaf) marks.push({ lang, paragraph, leaf, atStart: true });
  });
  return marks.sort((a, b) => a.paragraph - b.paragraph);
}

/** The first leaf of a locator's range of leaves ("88" of "88-89"), where the document begins. */
export function firstLeaf(listy: string | undefined): string | undefined {
  return /^\d+/.exec(listy ?? '')?.[0];
}

/**
 * The leaves passages [first, last] are on, as a citation writes them: "l. 89", "ll. 88–89";
 * undefined when nothing says. `beadLeaves[b]` lists the leaves that start in bead b (one that
 * starts with the bead leaves nothing of it on the leaf before), and
 * `startLeaf` is the leaf the document begins on. Texts that mark no leaf say nothing of where
 * one ends, so their passages get no leaves (the locator's range stands for the document).
 */
export function citedLeaves(beadLeaves: PassageLeaf[][], first: number, last: number, startLeaf?: string): string | undefined {
  if (!beadLeaves.some((leaves) => leaves?.length > 0)) return undefined;
  let current = startLeaf;
  for (let bead = 0; bead < first; bead++) current = beadLeaves[bead]?.at(-1)?.leaf ?? current;
  const opening = beadLeaves[first]?.[0];
  const inside = beadLeaves.slice(first, last + 1).flatMap((leaves) => (leaves ?? []).map((mark) => mark.leaf));
  const leaves = [...(current && !opening?.atStart ? [current] : []), ...inside];
  const distinct = leaves.filter((leaf, index) => leaves.indexOf(leaf) === index);
  if (distinct.length === 0) return undefined;
  if (distinct.length === 1) return `l. ${distinct[0]}`;
  return `ll. ${distinct[0]}–${distinct[distinct.length - 1]}`;
}
