/**
 * From sentence steps to paragraph beads. A paragraph bead closes wherever a step ends on a
 * paragraph boundary on both sides; everything between two such points is one bead. So a
 * Russian paragraph whose sentences the translator spread over three English paragraphs is one
 * 1:3 bead, and a paragraph whose sentences all went unmatched is a 1:0 or 0:1 bead.
 */
import type { Bead } from '../types';
import type { SentenceBead } from './dp';
import type { AlignmentUnit } from './units';

/** A paragraph bead with the sentence steps it was made of. */
export interface GroupedBead extends Bead {
  steps: SentenceBead[];
}

/** Group sentence steps into paragraph beads covering every paragraph once, in order. */
export function groupIntoParagraphBeads(steps: SentenceBead[], ru: AlignmentUnit[], en: AlignmentUnit[]): GroupedBead[] {
  const beads: GroupedBead[] = [];
  let current: GroupedBead | undefined;
  for (const step of steps) {
    if (!current || (isBoundary(ru, step.ruStart) && isBoundary(en, step.enStart))) {
      current = { ru: [], en: [], steps: [] };
      beads.push(current);
    }
    current.steps.push(step);
    addParagraphs(current.ru, ru, step.ruStart, step.ruEnd);
    addParagraphs(current.en, en, step.enStart, step.enEnd);
  }
  return beads;
}

function isBoundary(units: AlignmentUnit[], position: number): boolean {
  return position === 0 || position === units.length || units[position - 1].paragraph !== units[position].paragraph;
}

function addParagraphs(target: number[], units: AlignmentUnit[], start: number, end: number): void {
  for (let k = start; k < end; k++) {
    const paragraph = units[k].paragraph;
    if (target[target.length - 1] !== paragraph) target.push(paragraph);
  }
}
