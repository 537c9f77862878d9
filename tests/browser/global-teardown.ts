import { rmSync } from 'node:fs';
import { serverRecord } from './server';

/** Stop the server and remove the fixture corpus. */
export default async function globalTeardown(): Promise<void> {
  const { pid, corpus } = serverRecord();
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  rmSync(corpus, { recursive: true, force: true });
}
