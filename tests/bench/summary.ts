/**
 * The last step of `npm run bench`: every benchmark's latest figures in one table, with the date
 * and machine they were measured on, printed as Markdown so the README can show it as is.
 */
import { savedFigures } from './report';

/** Order of the benchmarks in the table: the pipeline's order, then the server. */
const ORDER = ['align', 'checks', 'reader', 'search', 'load', 'build', 'fuzz', 'hostile'];

const saved = savedFigures().sort((a, b) => ORDER.indexOf(a.benchmark) - ORDER.indexOf(b.benchmark));
if (saved.length === 0) {
  console.log('no benchmark figures saved yet: run npm run bench');
} else {
  const machines = [...new Set(saved.map((entry) => entry.machine))];
  const dates = saved.map((entry) => entry.measured.slice(0, 10)).sort();
  console.log(`\nAll figures, measured ${dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`} on ${machines.join('; ')}:\n`);
  console.log('| benchmark | figure | value |');
  console.log('| --- | --- | --- |');
  for (const entry of saved) {
    for (const [name, value] of entry.figures) console.log(`| ${entry.benchmark} | ${name} | ${value.replace(/\|/g, '\\|')} |`);
  }
}
