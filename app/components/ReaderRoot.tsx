'use client';

import { useState, type ReactNode } from 'react';
import { useStoredPrefs } from './reader/prefs';
import { ReaderContext, ReaderStore } from './reader/store';

/** One reader's store, for the toolbar, the panes and every bead and paragraph inside it. */
export function ReaderRoot({ children }: { children: ReactNode }) {
  const [store] = useState(() => new ReaderStore());
  useStoredPrefs(store);
  return <ReaderContext.Provider value={store}>{children}</ReaderContext.Provider>;
}
