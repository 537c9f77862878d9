import type { ReaderParts } from './dom';

/**
 * The stacked view (each Russian bead followed by its English), built on first use from the two
 * panes already in the page. The copies keep their data-bead and lang attributes, so
 * highlighting, selection and deep links work the same way in it.
 */
export function ensureStackedView(parts: ReaderParts): HTMLElement | undefined {
  const existing = parts.panes.querySelector<HTMLElement>(':scope > [data-column="stacked"]');
  if (existing || !parts.ru || !parts.en) return existing ?? undefined;
  const stacked = document.createElement('section');
  stacked.className = 'pane pane-stacked';
  stacked.dataset.column = 'stacked';
  stacked.tabIndex = 0;
  stacked.setAttribute('aria-label', 'Russian original and English translation, paragraph by paragraph');
  const ruGroups = parts.ru.querySelectorAll<HTMLElement>(':scope > [data-bead-group]');
  const enGroups = parts.en.querySelectorAll<HTMLElement>(':scope > [data-bead-group]');
  const fragment = document.createDocumentFragment();
  ruGroups.forEach((ruGroup, index) => {
    const group = document.createElement('div');
    group.className = 'bead bead-stacked';
    group.dataset.beadGroup = String(index);
    for (const [source, lang] of [[ruGroup, 'ru'], [enGroups[index], 'en']] as const) {
      if (!source || source.querySelector('.bead-gap')) continue;
      const copy = source.cloneNode(true) as HTMLElement;
      copy.removeAttribute('data-bead-group');
      copy.className = `bead-side bead-side-${lang}`;
      copy.lang = lang;
      group.append(copy);
    }
    fragment.append(group);
  });
  stacked.append(fragment);
  parts.panes.append(stacked);
  return stacked;
}
