/**
 * What makes a document long for the reader, and how its passages are grouped. A long
 * document's passages are wrapped in chunks that the browser lays out and draws only near the
 * screen (content-visibility, globals.css): laying out all passages of a 10,000-passage page was
 * a long task of several seconds (npm run bench:reader). Its rows are not levelled across the
 * panes (`useLevelRows`), which would need every passage's height.
 */

/**
 * Passages above which a document is long. Levelling rows costs a layout of the whole pane per
 * batch: for ten thousand passages that is tens of long tasks, and the scroll fell from 59 to 20
 * frames a second; up to two thousand it stays smooth.
 */
export const LONG_DOCUMENT_PASSAGES = 2000;

/**
 * Passages per chunk. The browser watches each chunk for nearness to the screen on every frame:
 * with one watched box per passage, ten thousand of them, a frame of scrolling took half a
 * second; a hundred passages a chunk leave a few hundred boxes, and a chunk is a few screens tall.
 */
export const PASSAGE_CHUNK = 100;
