/**
 * The README's module table is the map of `lib/`: it lists every folder and file there, in
 * pipeline order, and imports only flow down it. A new stage that is not on the map, or an
 * import that runs back up the pipeline, fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LIB = path.join(process.cwd(), 'lib');

/** The `lib/…` entries of the README's module table, in order. */
function mapEntries(): string[] {
  const readme = readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## How the code is laid out'));
  return [...section.matchAll(/^\| `lib\/([^`]+)` \|/gm)].map((match) => match[1]);
}

/** Every TypeScript file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The stage a path under lib/ belongs to: its first folder, or the file itself at the top. */
function stageOf(file: string): string {
  return path.relative(LIB, file).split(path.sep)[0];
}

test('the README module table lists every folder and file of lib/, and nothing else', () => {
  const entries = mapEntries();
  expect(entries.length).toBeGreaterThan(10);
  expect([...entries].sort()).toEqual(readdirSync(LIB).sort());
});

test('imports inside lib/ only flow down the module table', () => {
  const rank = new Map(mapEntries().map((entry, index) => [entry, index]));
  const upward: string[] = [];
  for (const file of sourceFiles(LIB)) {
    const from = stageOf(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const target = path.resolve(path.dirname(file), specifier);
      const to = stageOf(existsSync(`${target}.ts`) ? `${target}.ts` : target);
      if (to !== from && (rank.get(to) ?? -1) > (rank.get(from) ?? -1)) upward.push(`${path.relative(LIB, file)} imports ${specifier}`);
    }
  }
  expect(upward).toEqual([]);
});
