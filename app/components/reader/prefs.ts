import { useEffect } from 'react';
import { READER_MODES, type ReaderMode, type ReaderStore } from './store';

const STORAGE = { mode: 'sverka.reader.mode', sync: 'sverka.reader.sync', swapped: 'sverka.reader.swapped' } as const;
/** Below this width two columns are too narrow to read; stacked is the default there. */
const NARROW_SCREEN = '(max-width: 48rem)';

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // Storage can be disabled; the reader then forgets, but works.
  }
}

function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // As above.
  }
}

/**
 * Read the display choices remembered across documents and visits, after hydration (the server
 * cannot know them), into the reader's store.
 */
export function useStoredPrefs(store: ReaderStore): void {
  useEffect(() => {
    const savedMode = stored(STORAGE.mode) as ReaderMode | null;
    store.update({
      mode: savedMode && READER_MODES.includes(savedMode) ? savedMode : matchMedia(NARROW_SCREEN).matches ? 'stacked' : 'side',
      sync: stored(STORAGE.sync) !== 'off',
      swapped: stored(STORAGE.swapped) === 'yes',
    });
  }, [store]);
}

/** Show the texts in `mode`, and remember it. */
export function chooseMode(store: ReaderStore, mode: ReaderMode): void {
  store.update({ mode });
  save(STORAGE.mode, mode);
}

/** Scroll the panes in step or not, and remember it. */
export function chooseSync(store: ReaderStore, sync: boolean): void {
  store.update({ sync });
  save(STORAGE.sync, sync ? 'on' : 'off');
}

/** Put the English on the left or not, and remember it. */
export function chooseSwapped(store: ReaderStore, swapped: boolean): void {
  store.update({ swapped });
  save(STORAGE.swapped, swapped ? 'yes' : 'no');
}
