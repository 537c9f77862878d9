import { readFileSync } from 'node:fs';
import { alignParagraphs } from './lib/align';
import { loadDocument } from './lib/corpus';
import { scoreAlignment, beadsFromGold } from './tests/bench/score';
const paras = (f: string) => readFileSync(f, 'utf8').replace(/\r/g,'').split(/\n\s*\n/).map(s => s.trim()).filter(Boolean);
(async () => {
const out: string[] = [];
for (const c of ['john','luke','mark','matthew']) {
  const d = `../shared/bench/align/${c}`;
  const a = alignParagraphs(paras(`${d}/ru.txt`), paras(`${d}/en.txt`));
  const s = scoreAlignment(a.beads, beadsFromGold(JSON.parse(readFileSync(`${d}/gold.json`,'utf8'))));
  out.push(`${c} ${s.beads.f1.toFixed(4)}`);
}
const doc = (await loadDocument('1950-07-22-roshchin-to-filippov-22591'))!;
const a = alignParagraphs(doc.ru!.paragraphs.map(p => p.text), doc.en[0].paragraphs.map(p => p.text));
const gold = beadsFromGold(JSON.parse(readFileSync('tests/bench/gold/1950-07-22-roshchin-to-filippov-22591.json','utf8')));
const s = scoreAlignment(a.beads, gold);
out.push(`telegram ${s.beads.f1.toFixed(4)}`);
if (process.env.SHOW) console.log(JSON.stringify(a.beads));
console.log(out.join('  '));
})();
