import { useEffect } from 'react';
import { chosenLayout, LAYOUT_STORAGE as STORAGE, NARROW_SCREEN, type ReaderMode } from './layout-choice';
import type { ReaderStore } from './store';

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
 * cannot know them), into the reader's store. The page was already drawn in that layout by
 * `INITIAL_LAYOUT_SCRIPT`; this makes the store, the View menu and the behaviours agree with it.
 */
export function useStoredPrefs(store: ReaderStore): void {
  useEffect(() => {
    store.update({ ...chosenLayout(stored, matchMedia(NARROW_SCREEN).matches), choicesRead: true });
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
