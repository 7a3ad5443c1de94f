// `schoolgate audit-verify`: recomputes every audit chain and names the first broken entry of each.
import { auditRepository, chainFor } from '@schoolgate/db';
import { findSchool } from './find-school.ts';
import { parseOptions } from './cli-options.ts';
import { openApp } from './open-app.ts';

export async function auditVerifyCommand(args: string[]): Promise<number> {
  const o = parseOptions(args, { school: { type: 'string' } });
  const app = await openApp({ logLevel: 'warn' });
  try {
    const db = app.ctx.db;
    const chains = o.school
      ? [chainFor('', (await findSchool(db, o.school)).id)]
      : await auditRepository.listChains(db);
    let broken = 0;
    for (const chain of chains) {
      const result = await auditRepository.verify(db, chain);
      if (result.firstBroken) {
        broken += 1;
        console.log(
          `BROKEN  ${chain}: entry ${result.firstBroken.seq} (id ${result.firstBroken.id}): ${result.firstBroken.reason}`,
        );
      } else {
        console.log(`intact  ${chain}: ${result.checked} entries`);
      }
    }
    console.log(
      broken ? `${broken} of ${chains.length} chains are broken.` : `All ${chains.length} chains are intact.`,
    );
    return broken ? 1 : 0;
  } finally {
    await app.close();
  }
}
