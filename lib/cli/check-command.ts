/**
 * `sverka check RU_FILE EN_FILE [--json]` or `sverka check texts/<slug> [--json]`: align the texts
 * and report what the translation changed, added or lost.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyseDocument, analysePair, type Analysis } from '../analysis';
import { findingId } from '../checks';
import { isReadable, loadDocument } from '../corpus';
import { passageNumber } from '../cite';
import type { Bead, Finding } from '../types';
import type { Output } from './output';
import { InputError, readParagraphFile } from './read-input';

/** Usage line shown by `sverka help`. */
export const CHECK_USAGE = 'check RU_FILE EN_FILE [--json] | check texts/<slug> [--json]   fidelity findings of a translation';

/** Run the check command; returns the process exit code. */
export async function runCheck(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  let analysis: Analysis | undefined;
  try {
    if (positionals.length === 2) analysis = await analyseFiles(positionals[0], positionals[1], output);
    else if (positionals.length === 1) analysis = await analyseFolder(positionals[0], output);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    output.error(error.message);
    return 1;
  }
  if (!analysis) {
    if (positionals.length !== 1) output.error(`usage: sverka ${CHECK_USAGE}`);
    return positionals.length === 1 ? 1 : 2;
  }
  const { ru, en } = analysis;
  const findings = analysis.findings.map((finding) => ({ id: findingId(finding, ru, en), ...finding }));
  if (values.json) {
    output.line(JSON.stringify({ beads: analysis.beads, findings, ...(analysis.mismatch ? { warning: analysis.mismatch } : {}) }));
    return 0;
  }
  if (analysis.mismatch) output.line(`warning: ${analysis.mismatch}`);
  for (const line of report(findings, analysis.beads)) output.line(line);
  return 0;
}

async function analyseFiles(ruFile: string, enFile: string, output: Output): Promise<Analysis> {
  const [ru, en] = await Promise.all([readParagraphFile(ruFile, output), readParagraphFile(enFile, output)]);
  return analysePair({ ru, en });
}

async function analyseFolder(folder: string, output: Output): Promise<Analysis | undefined> {
  const isFolder = await stat(folder).then((info) => info.isDirectory(), () => false);
  const document = isFolder ? await loadDocument(path.basename(path.resolve(folder)), path.dirname(path.resolve(folder))) : undefined;
  if (!document) {
    output.error(`${folder}: not a document folder of the corpus (texts/<slug>)`);
    return undefined;
  }
  if (!isReadable(document) || !document.ru || !document.en[0]) {
    const reason = !isReadable(document) ? 'it has errors (run npm run check:texts)' : 'it does not have both ru.md and en.md';
    output.error(`${folder}: cannot check this document: ${reason}`);
    return undefined;
  }
  return analyseDocument(document);
}

/** The readable report: one line per finding with its passage number (as the reader shows it), then a count by severity. */
export function report(findings: Array<Finding & { id: string }>, beads: Bead[]): string[] {
  const beadOf = new Map<string, number>();
  beads.forEach((bead, index) => {
    for (const paragraph of bead.ru) beadOf.set(`ru${paragraph}`, index);
    for (const paragraph of bead.en) beadOf.set(`en${paragraph}`, index);
  });
  const where = (finding: Finding) => {
    const bead = finding.ru.length > 0 ? beadOf.get(`ru${finding.ru[0]}`) : beadOf.get(`en${finding.en[0]}`);
    return bead === undefined ? 'passage —' : `passage ${passageNumber(bead)}`;
  };
  const lines = findings.map((finding) => `[${finding.severity}] ${finding.kind.padEnd(30)} ${where(finding).padEnd(22)} ${finding.message} (${finding.evidence}) ${finding.id}`);
  const counts = ['high', 'medium', 'low'].map((severity) => `${findings.filter((finding) => finding.severity === severity).length} ${severity}`);
  lines.push(`${findings.length} finding(s): ${counts.join(', ')}`);
  return lines;
}
