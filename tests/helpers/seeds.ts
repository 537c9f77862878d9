import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The five archive pages the importer was built on (Wilson Center Digital Archive, as a user would
 * save or paste them), kept in tests/fixtures/seeds: the tests need nothing outside the repository.
 */
// From the module's own address: `npm run fuzz` runs this file as an ES module, where there is no __dirname.
export const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'seeds');

/** Path of a seed page by its number prefix, e.g. "002". */
export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}_* in ${SEEDS}`);
  return path.join(SEEDS, name);
}
