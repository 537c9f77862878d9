/**
 * Aligns one pair of files in a fresh process and reports the time spent aligning and the
 * process's peak resident memory, as JSON on stdout. Run by the alignment benchmark.
 */
import { alignParagraphs } from '../../lib/align';
import { readParagraphs } from './cases';

const [ruFile, enFile] = process.argv.slice(2);
const ru = readParagraphs(ruFile);
const en = readParagraphs(enFile);
const start = performance.now();
const { beads } = alignParagraphs(ru, en);
const milliseconds = performance.now() - start;
process.stdout.write(JSON.stringify({ beads, milliseconds, peakRssKb: process.resourceUsage().maxRSS }));
