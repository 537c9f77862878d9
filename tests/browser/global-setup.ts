import { startServer } from './server';

/** Build and start the app once for all browser tests. */
export default async function globalSetup(): Promise<void> {
  await startServer();
}
