/**
 * The reader's position arithmetic and state, tested here rather than through the browser: which
 * bead holds a scroll position, how a position in one pane maps to the other, the `#b12-15` links,
 * which passages a change of the reader's store redraws, and the layout a page is first drawn in.
 */
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { beadAt, mapPosition } from '@/app/components/reader/scroll-map';
import { formatBeadHash, parseBeadHash } from '@/app/components/reader/bead-hash';
import { beadsToRedraw } from '@/app/components/reader/bead-marks';
import { INITIAL_READER_STATE, ReaderStore, type ReaderState } from '@/app/components/reader/store';
import { chosenLayout, INITIAL_LAYOUT_SCRIPT, LAYOUT_STORAGE, NARROW_SCREEN, READER_MODES } from '@/app/components/reader/layout-choice';

/** Bead tops as a pane lays them out: non-decreasing, with the end of the last bead appended. */
const tops = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 2, maxLength: 60 }).map((heights) => {
  const result = [0];
  for (const height of heights) result.push(result[result.length - 1] + height);
  return result;
});

/** Two panes with the same beads at different heights. */
const panes = fc.array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 60 })
  .map((heights) => {
    const source = [0];
    const target = [0];
    for (const [a, b] of heights) {
      source.push(source[source.length - 1] + a);
      target.push(target[target.length - 1] + b);
    }
    return { source, target };
  });

describe('beadAt', () => {
  test('is the last bead whose top is at or above the position, as a linear scan finds it', () => {
    fc.assert(fc.property(tops, fc.integer({ min: -50, max: 30_000 }), (beadTops, position) => {
      let expected = -1;
      beadTops.forEach((top, bead) => { if (top <= position) expected = bead; });
      expect(beadAt(beadTops, position)).toBe(expected);
    }));
  });

  test('with the passages in chunks, it finds the same bead and measures passages of one chunk only', () => {
    // Chunks of `size` beads whose boxes start `padding` px above their first passage; a
    // passage measured outside the chunk reaching the position would be laid out for nothing.
    fc.assert(fc.property(tops, fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: -50, max: 30_000 }), (beadTops, size, padding, position) => {
      const starts: number[] = [];
      for (let bead = 0; bead < beadTops.length - 1; bead += size) starts.push(bead);
      const chunkTop = (index: number) => beadTops[starts[index]] - padding;
      let chunk = 0;
      starts.forEach((_, index) => { if (chunkTop(index) <= position) chunk = index; });
      const first = starts[chunk];
      const last = chunk + 1 < starts.length ? starts[chunk + 1] - 1 : beadTops.length - 1;
      const measured: number[] = [];
      const chunked = { length: beadTops.length, at: (bead: number) => { measured.push(bead); return beadTops[bead]; }, span: () => ({ first, last }) };
      let expected = -1;
      beadTops.forEach((top, bead) => { if (top <= position) expected = bead; });
      expect(beadAt(chunked, position)).toBe(expected);
      expect(measured.filter((bead) => bead < first || bead > last)).toEqual([]);
    }));
  });

  test('a position exactly at a top is inside that bead; above the first bead is −1', () => {
    expect(beadAt([0, 100, 250], 100)).toBe(1);
    expect(beadAt([0, 100, 250], 99.5)).toBe(0);
    expect(beadAt([10, 100, 250], 5)).toBe(-1);
  });
});

describe('mapPosition', () => {
  test('a bead at the top of one pane puts its counterpart at the top of the other', () => {
    fc.assert(fc.property(panes, ({ source, target }) => {
      source.forEach((top, bead) => expect(mapPosition(source, target, top)).toBeCloseTo(target[bead], 6));
    }));
  });

  test('halfway through a bead maps to halfway through its counterpart', () => {
    expect(mapPosition([0, 100, 300], [0, 40, 440], 200)).toBe(240);
    expect(mapPosition([0, 100, 300], [0, 40, 440], 50)).toBe(20);
  });

  test('scrolling down one pane never scrolls the other up, and mapping back returns to where it started', () => {
    fc.assert(fc.property(panes, fc.integer({ min: -100, max: 30_000 }), fc.integer({ min: 0, max: 500 }), ({ source, target }, position, step) => {
      const here = mapPosition(source, target, position);
      expect(mapPosition(source, target, position + step)).toBeGreaterThanOrEqual(here - 1e-9);
      expect(mapPosition(target, source, here)).toBeCloseTo(position, 6);
    }));
  });

  test('above the first bead and below the last, the panes move together pixel for pixel', () => {
    expect(mapPosition([20, 100, 300], [50, 90, 400], 0)).toBe(30);
    expect(mapPosition([20, 100, 300], [50, 90, 400], 350)).toBe(450);
  });

  test('a document with no beads leaves the position as it is', () => {
    expect(mapPosition([0], [0], 123)).toBe(123);
  });
});

describe('bead links', () => {
  test('every range in a document reads back from its link, which names the passages from 1 as a person counts them', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), fc.nat(), (beadCount, a, b) => {
      const [first, last] = [a % beadCount, b % beadCount].sort((x, y) => x - y);
      const hash = formatBeadHash({ first, last });
      expect(hash).toBe(first === last ? `#b${first + 1}` : `#b${first + 1}-${last + 1}`);
      expect(parseBeadHash(hash, beadCount)).toEqual({ first, last });
      expect(parseBeadHash(hash.slice(1), beadCount)).toEqual({ first, last });
    }));
  });

  test('links to beads the document does not have, reversed ranges and other hashes name nothing', () => {
    for (const hash of ['#b0', '#b6', '#b2-6', '#b3-1', '#b', '#bx', '#b-1', '#b1-', '#note-3', '', '#b12345678', '#b1-2-3', '#B1']) {
      expect(parseBeadHash(hash, 5)).toBeUndefined();
    }
    expect(parseBeadHash('#b5', 5)).toEqual({ first: 4, last: 4 });
    expect(parseBeadHash('#b1-5', 5)).toEqual({ first: 0, last: 4 });
  });
});

describe('the reader store and the passages drawn from it', () => {
  const redrawn = (before: Partial<ReaderState>, after: Partial<ReaderState>) => [...beadsToRedraw({ ...INITIAL_READER_STATE, ...before }, { ...INITIAL_READER_STATE, ...after })].sort((a, b) => a - b);

  test('lighting or selecting a passage redraws only the passages whose state changed, not every one', () => {
    expect(redrawn({}, { lit: 7 })).toEqual([7]);
    expect(redrawn({ lit: 7 }, { lit: 8 })).toEqual([7, 8]);
    expect(redrawn({ lit: 8 }, { lit: 8, selection: { first: 15, last: 17 } })).toEqual([15, 16, 17]);
    expect(redrawn({ selection: { first: 15, last: 17 } }, { selection: { first: 16, last: 16 } })).toEqual([15, 16, 17]);
    const same = { lit: 3, selection: { first: 1, last: 2 } };
    expect(redrawn(same, { ...same, mode: 'stacked' })).toEqual([]);
  });

  test('every subscriber hears an update, and the state read afterwards is the new one', () => {
    const store = new ReaderStore();
    let heard = 0;
    store.subscribe(() => heard++);
    store.update({ lit: 3 });
    expect(heard).toBe(1);
    expect(store.getState().lit).toBe(3);
  });
});

describe('the layout a page is first drawn in', () => {
  /** What INITIAL_LAYOUT_SCRIPT puts on the root element, run as a browser would, with these stored values and this screen. */
  function firstLayout(values: Record<string, string>, narrow: boolean, storageBlocked = false): Record<string, string> {
    const attributes: Record<string, string> = {};
    const localStorage = { getItem: (key: string) => { if (storageBlocked) throw new Error('blocked'); return values[key] ?? null; } };
    runInNewContext(INITIAL_LAYOUT_SCRIPT, {
      localStorage,
      matchMedia: (query: string) => ({ matches: query === NARROW_SCREEN && narrow }),
      document: { documentElement: { setAttribute: (name: string, value: string) => { attributes[name] = value; } } },
    });
    return attributes;
  }

  test('the inline script picks the same layout as the store will, for every remembered choice and screen', () => {
    for (const mode of [undefined, ...READER_MODES, 'bogus']) {
      for (const swapped of [undefined, 'yes', 'no']) {
        for (const narrow of [false, true]) {
          const values: Record<string, string> = {};
          if (mode) values[LAYOUT_STORAGE.mode] = mode;
          if (swapped) values[LAYOUT_STORAGE.swapped] = swapped;
          const chosen = chosenLayout((key) => values[key] ?? null, narrow);
          expect(firstLayout(values, narrow)).toEqual({ 'data-reader-mode': chosen.mode, 'data-reader-swapped': String(chosen.swapped) });
        }
      }
    }
  });

  test('with storage blocked (private windows, strict settings) the screen decides', () => {
    expect(firstLayout({}, true, true)).toEqual({ 'data-reader-mode': 'stacked', 'data-reader-swapped': 'false' });
    expect(firstLayout({}, false, true)).toEqual({ 'data-reader-mode': 'side', 'data-reader-swapped': 'false' });
  });
});
