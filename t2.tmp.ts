import { readFileSync } from 'node:fs';
import { alignParagraphs } from './lib/align';
const paras = (f: string) => readFileSync(f, 'utf8').replace(/\r/g,'').split(/\n\s*\n/).map(s => s.trim()).filter(Boolean);
const c = process.argv[2];
const d = `../shared/bench/align/${c}`;
const ru = paras(`${d}/ru.txt`), en = paras(`${d}/en.txt`);
const a = alignParagraphs(ru, en);
const gold: Array<[number[],number[]]> = JSON.parse(readFileSync(`${d}/gold.json`,'utf8'));
const key = (r: number[], e: number[]) => r.join(',')+'|'+e.join(',');
const gk = new Set(gold.map(([r,e]) => key(r,e)));
const pk = new Set(a.beads.map(b => key(b.ru,b.en)));
const wrong = a.beads.filter(b => !gk.has(key(b.ru,b.en)));
const missed = gold.filter(([r,e]) => !pk.has(key(r,e)));
console.log('wrong', wrong.length, 'missed', missed.length);
for (const b of wrong.slice(0, 12)) {
  const g = gold.filter(([r,e]) => r.some(x=>b.ru.includes(x)) || e.some(x=>b.en.includes(x)));
  console.log('PRED', JSON.stringify(b), ' GOLD', JSON.stringify(g), a.evidence[a.beads.indexOf(b)].steps.join(' '));
}
