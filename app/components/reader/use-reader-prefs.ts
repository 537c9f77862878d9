import { useCallback, useEffect, useState } from 'react';

/** How the reader lays out the texts. */
export type ReaderMode = 'side' | 'ru' | 'en' | 'stacked';

const MODES: readonly ReaderMode[] = ['side', 'ru', 'en', 'stacked'];
const STORAGE = { mode: 'sverka.reader.mode', sync: 'sverka.reader.sync', swapped: 'sverka.reader.swapped' } as const;
/** Below this width two columns are too narrow to read; stacked is the default there. */
const NARROW_SCREEN = '(max-width: 48rem)';

/** The reader's display choices, remembered in localStorage across documents and visits. */
export interface ReaderPrefs {
  mode: ReaderMode;
  sync: boolean;
  swapped: boolean;
  setMode(mode: ReaderMode): void;
  setSync(sync: boolean): void;
  setSwapped(swapped: boolean): void;
}

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // Storage can be disabled; the reader then forgets, but works.
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // As above.
  }
}

/** Read the choices after hydration (the server cannot know them) and keep them stored. */
export function useReaderPrefs(): ReaderPrefs {
  const [mode, setModeState] = useState<ReaderMode>('side');
  const [sync, setSyncState] = useState(true);
  const [swapped, setSwappedState] = useState(false);
  useEffect(() => {
    const savedMode = stored(STORAGE.mode) as ReaderMode | null;
    setModeState(savedMode && MODES.includes(savedMode) ? savedMode : matchMedia(NARROW_SCREEN).matches ? 'stacked' : 'side');
    setSyncState(stored(STORAGE.sync) !== 'off');
    setSwappedState(stored(STORAGE.swapped) === 'yes');
  }, []);
  return {
    mode,
    sync,
    swapped,
    setMode: useCallback((next: ReaderMode) => { setModeState(next); store(STORAGE.mode, next); }, []),
    setSync: useCallback((next: boolean) => { setSyncState(next); store(STORAGE.sync, next ? 'on' : 'off'); }, []),
    setSwapped: useCallback((next: boolean) => { setSwappedState(next); store(STORAGE.swapped, next ? 'yes' : 'no'); }, []),
  };
}
