/**
 * The reader's layout choices a visitor's browser remembers (localStorage), and the default for
 * the screen when none is remembered. Read twice: by a small inline script the server puts at the
 * top of the reader (`INITIAL_LAYOUT_SCRIPT`), so the page is first drawn in the layout it keeps,
 * and after hydration into the reader's store (`useStoredPrefs`). Without the script a phone drew
 * the texts side by side and re-laid them out stacked once React had loaded: a second layout of
 * the whole document, after which Lighthouse counted the largest text as painted (LCP 2.8 s on
 * the telegram, measured here). No React here: the server renders the script from these constants.
 */

/** How the reader lays out the texts. */
export type ReaderMode = 'side' | 'ru' | 'en' | 'stacked';

/** Every layout, in the order the View menu lists them. */
export const READER_MODES: readonly ReaderMode[] = ['side', 'ru', 'en', 'stacked'];

/** The localStorage keys of the choices, shared by every document. */
export const LAYOUT_STORAGE = { mode: 'sverka.reader.mode', sync: 'sverka.reader.sync', swapped: 'sverka.reader.swapped' } as const;

/** Below this width two columns are too narrow to read; stacked is the default there. */
export const NARROW_SCREEN = '(max-width: 48rem)';

/** The layout choices, as the store holds them. */
export interface LayoutChoice {
  mode: ReaderMode;
  sync: boolean;
  swapped: boolean;
}

/** The remembered choices (`stored` reads a key, null when unset), or the defaults for a narrow or wide screen. */
export function chosenLayout(stored: (key: string) => string | null, narrow: boolean): LayoutChoice {
  const savedMode = stored(LAYOUT_STORAGE.mode) as ReaderMode | null;
  return {
    mode: savedMode && READER_MODES.includes(savedMode) ? savedMode : narrow ? 'stacked' : 'side',
    sync: stored(LAYOUT_STORAGE.sync) !== 'off',
    swapped: stored(LAYOUT_STORAGE.swapped) === 'yes',
  };
}

/**
 * A script, run by the browser as it parses the top of the reader, that puts the remembered
 * layout, or the screen's default, on the root element (`data-reader-mode`,
 * `data-reader-swapped`), which the stylesheet follows while the panes say "auto" and the
 * side-by-side controls say "pending", before the toolbar or anything of the texts is drawn. The
 * same rule as `chosenLayout`, written out in plain JavaScript since it runs before any bundle
 * (a unit test holds the two to the same answers); only documents with both texts have a choice.
 */
export const INITIAL_LAYOUT_SCRIPT = `(function(root){var mode=null,swapped=null;`
  + `try{mode=localStorage.getItem(${JSON.stringify(LAYOUT_STORAGE.mode)});swapped=localStorage.getItem(${JSON.stringify(LAYOUT_STORAGE.swapped)});}catch(e){}`
  + `root.setAttribute('data-reader-mode',${JSON.stringify(READER_MODES)}.indexOf(mode)>=0?mode:matchMedia(${JSON.stringify(NARROW_SCREEN)}).matches?'stacked':'side');`
  + `root.setAttribute('data-reader-swapped',String(swapped==='yes'));`
  + `})(document.documentElement)`;
