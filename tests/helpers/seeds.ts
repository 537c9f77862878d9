import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The five archive pages the importer was built on (Wilson Center Digital Archive, as a user would
 * save or paste them), kept in tests/fixtures/seeds: the tests need nothing outside the repository.
 */
export const SEEDS = path.resolve(__dirname, '..', 'fixtures', 'seeds');

/** Path of a seed page by its number prefix, e.g. "002". */
export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}_* in ${SEEDS}`);
  return path.join(SEEDS, name);
}
