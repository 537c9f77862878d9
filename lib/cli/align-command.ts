/**
 * `sverka align RU_FILE EN_FILE [--explain]`: print the beads of two texts as JSON, each with its
 * confidence (`{"ru":[0],"en":[0,1],"confidence":0.99}`), or with `--explain` as a table with the
 * evidence for each bead, the ones worth a look marked.
 */
import { parseArgs } from 'node:util';
import { alignParagraphs, LOW_CONFIDENCE, type Alignment } from '../align';
import { openingOf } from '../text';
import { InputError, readParagraphFile } from './read-input';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const ALIGN_USAGE = 'align RU_FILE EN_FILE [--explain]   align two texts (paragraphs separated by blank lines); JSON beads with their confidence';

/** Characters of each paragraph shown in the --explain table. */
const SNIPPET_LENGTH = 36;

/** Run the align command; returns the process exit code. */
export async function runAlign(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { explain: { type: 'boolean', default: false } } });
  if (positionals.length !== 2) {
    output.error(`usage: sverka ${ALIGN_USAGE}`);
    return 2;
  }
  let ru: string[];
  let en: string[];
  try {
    [ru, en] = await Promise.all([readParagraphFile(positionals[0], output), readParagraphFile(positionals[1], output)]);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    output.error(error.message);
    return 1;
  }
  const alignment = alignParagraphs(ru, en);
  if (values.explain) for (const line of explainAlignment(alignment, ru, en)) output.line(line);
  else output.line(JSON.stringify(alignment.beads.map((bead, index) => ({ ...bead, confidence: alignment.evidence[index].confidence }))));
  return 0;
}

/** The --explain table: one row per bead with its evidence, and the start of each side's text. */
export function explainAlignment(alignment: Alignment, ru: string[], en: string[]): string[] {
  const indices = (list: number[]) => (list.length === 0 ? '—' : list.length === 1 ? `${list[0]}` : `${list[0]}-${list[list.length - 1]}`);
  const snippet = (texts: string[], list: number[]) => (list.length === 0 ? '' : openingOf(texts[list[0]], SNIPPET_LENGTH - 1));
  const lines = ['bead  ru      en      shape  steps        letters ru→en (expected)  cost    confidence  anchors'];
  alignment.beads.forEach((bead, index) => {
    const evidence = alignment.evidence[index];
    const shape = `${bead.ru.length}:${bead.en.length}`;
    const letters = evidence.pinned ? 'pinned' : `${evidence.ruLength}→${evidence.enLength} (${evidence.expectedEnLength})`;
    lines.push([
      String(index).padStart(4), indices(bead.ru).padEnd(7), indices(bead.en).padEnd(7), shape.padEnd(6),
      (evidence.steps.join(' ') || '—').padEnd(12), letters.padEnd(25), evidence.cost.toFixed(2).padStart(6), ' ',
      `${evidence.confidence.toFixed(4)}${evidence.confidence < LOW_CONFIDENCE ? ' low' : '    '}`.padEnd(11),
      evidence.anchors.join(', ') || '—',
    ].join(' '));
    lines.push(`      ru: ${snippet(ru, bead.ru) || '—'}`);
    lines.push(`      en: ${snippet(en, bead.en) || '—'}`);
  });
  return lines;
}
