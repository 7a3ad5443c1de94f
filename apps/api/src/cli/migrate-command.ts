import { openApp } from './open-app.ts';

export async function migrateCommand(): Promise<number> {
  const app = await openApp({ logLevel: 'warn' });
  console.log(`Migrations applied (${app.handle.kind}).`);
  await app.close();
  return 0;
}
