import { readFileSync } from 'node:fs';
import { alignParagraphs } from './lib/align';
const paras = (f: string) => readFileSync(f, 'utf8').replace(/\r/g,'').split(/\n\s*\n/).map(s => s.trim()).filter(Boolean);
const d = `../shared/bench/align/matthew`;
const t = performance.now();
alignParagraphs(paras(`${d}/ru.txt`), paras(`${d}/en.txt`));
console.log(performance.now() - t);
