import { createContext, useContext, useSyncExternalStore } from 'react';
import type { BeadRange } from './bead-hash';
import type { ReaderParts } from './dom';
import type { ReaderMode } from './layout-choice';

/**
 * Everything the reader's markup follows on the client: the display choices, the bare-text
 * switch, the lit and selected beads and the paragraphs Find matched. The server renders the
 * defaults; client components read the state and render from it, and the passages, static
 * markup, have it drawn onto them in one place (`useBeadMarks`).
 */
export interface ReaderState {
  /** Whether the remembered layout choices have been read (`useStoredPrefs`); until then the panes say "auto". */
  choicesRead: boolean;
  mode: ReaderMode;
  sync: boolean;
  swapped: boolean;
  /** The translator's text without the notes. */
  bare: boolean;
  /** The bead under the pointer or the focus, lit in both panes. */
  lit?: number;
  /** The selected beads (click, shift-click, j / k, a deep link). */
  selection?: BeadRange;
}

/** What the server renders and the client starts from, before the stored choices are read. */
export const INITIAL_READER_STATE: ReaderState = { choicesRead: false, mode: 'side', sync: true, swapped: false, bare: false };

/** Whether `bead` is in the selection. */
export function isSelected(selection: BeadRange | undefined, bead: number): boolean {
  return selection !== undefined && bead >= selection.first && bead <= selection.last;
}

/**
 * One reader's state, with subscribe/getSnapshot for React's useSyncExternalStore. The passages
 * are static markup that `useBeadMarks` draws the state onto. The panes element is registered by
 * the component that renders it, for the behaviours that measure it.
 */
export class ReaderStore {
  private state: ReaderState = INITIAL_READER_STATE;
  private readonly listeners = new Set<() => void>();
  private parts: ReaderParts | undefined;

  /** The current state; a new object after every change. */
  readonly getState = (): ReaderState => this.state;

  /** Register a listener called after every change; returns its removal. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Change part of the state and tell the subscribers. */
  update(patch: Partial<ReaderState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Called by the panes element's ref: its panes by language, found once. */
  readonly setPanes = (panes: HTMLElement | null): void => {
    this.parts = panes ? {
      panes,
      ru: panes.querySelector<HTMLElement>(':scope > [data-column="ru"]') ?? undefined,
      en: panes.querySelector<HTMLElement>(':scope > [data-column="en"]') ?? undefined,
    } : undefined;
  };

  /** The panes, once they are in the page. */
  getParts(): ReaderParts | undefined {
    return this.parts;
  }
}

/** The reader's store, provided by `ReaderRoot`. */
export const ReaderContext = createContext<ReaderStore | undefined>(undefined);

/** The store of the reader this component is in. */
export function useReaderStore(): ReaderStore {
  const store = useContext(ReaderContext);
  if (!store) throw new Error('a reader component was rendered outside ReaderRoot');
  return store;
}

/**
 * A value derived from the reader's state; the component renders again only when it changes.
 * `select` must return a primitive (or the same object) for an unchanged state.
 */
export function useReaderState<T>(select: (state: ReaderState) => T): T {
  const store = useReaderStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()), () => select(INITIAL_READER_STATE));
}
