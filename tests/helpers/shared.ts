import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** `../shared`, beside the checkout: the seeds and benchmark cases the project is developed on. */
export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');

/** Path of a seed page in `../shared/seeds` by its number prefix, e.g. "002". */
export function seedPath(prefix: string): string {
  const folder = path.join(SHARED, 'seeds');
  if (!existsSync(folder)) throw new Error(`the seed pages are expected in ${folder} (shared/ beside the checkout)`);
  const name = readdirSync(folder).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}_* in ${folder}`);
  return path.join(folder, name);
}
