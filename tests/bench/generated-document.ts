/**
 * A long generated bilingual document for the reader benchmark: telegram-like sentences with
 * numbers and names, one per paragraph, with some paragraphs split in two in the translation
 * and some left untranslated, so that the beads have the shapes real documents have.
 */

import { random } from './random';

/** Folder name of the generated document. */
export const GENERATED_SLUG = '1950-01-01-generated-reader-benchmark';

const NAMES: Array<[string, string]> = [['Мукден', 'Mukden'], ['Харбин', 'Harbin'], ['Андун', 'Andong'], ['Пекин', 'Peking'], ['Шанхай', 'Shanghai']];
const RU_OPENINGS = ['Прошу сообщить о переброске', 'Доложено о прибытии', 'Приказано сосредоточить', 'Просим ускорить отправку'];
const EN_OPENINGS = ['Please report on the transfer of', 'The arrival was reported of', 'It was ordered to concentrate', 'We ask you to speed up the dispatch of'];

/** The files of a document with `beads` beads: document.yml, ru.md and en.md. */
export function generatedDocument(beads: number): Record<string, string> {
  const next = random(22591);
  const ru: string[] = [];
  const en: string[] = [];
  for (let bead = 0; bead < beads; bead++) {
    const opening = Math.floor(next() * RU_OPENINGS.length);
    const [ruName, enName] = NAMES[Math.floor(next() * NAMES.length)];
    const count = 10 + Math.floor(next() * 990);
    const extra = next() < 0.3 ? ' Исполнение телеграфируйте немедленно, с указанием сроков и состава.' : '';
    ru.push(`${RU_OPENINGS[opening]} ${count} экипажей в район ${ruName} (N ${bead}).${extra}`);
    const roll = next();
    if (roll < 0.02) continue; // untranslated
    const english = `${EN_OPENINGS[opening]} ${count} crews to the ${enName} area (No. ${bead}).`;
    if (extra && roll < 0.15) en.push(english, 'Telegraph execution immediately, stating the dates and the composition.');
    else en.push(extra ? `${english} Telegraph execution immediately, stating the dates and the composition.` : english);
  }
  return {
    'document.yml': `title: Generated telegram register of ${beads} entries (reader benchmark)\ndate: 1950-01-01\nkind: report\n`,
    'ru.md': `${ru.join('\n\n')}\n`,
    'en.md': `${en.join('\n\n')}\n`,
  };
}
