// `schoolgate audit-verify`: recomputes every audit chain's hashes and MACs, checks each chain against its latest
// signed checkpoint (outside the database), and names the school and first broken entry of each. `--checkpoint`
// then appends a new checkpoint of every intact chain.
import { auditRepository, chainFor, tenancyRepository, type Db } from '@schoolgate/db';
import { findSchool } from './find-school.ts';
import { parseOptions } from './cli-options.ts';
import { openApp } from './open-app.ts';
import { checkAgainstCheckpoints, writeCheckpoints } from '../use-cases/audit/audit-checkpoints.ts';

async function describeChain(db: Db, chain: string): Promise<string> {
  const [kind, id] = chain.split(':');
  if (kind !== 'school' || !id) return chain;
  const school = await tenancyRepository.findSchool(db, id).catch(() => null);
  return school ? `${school.name} (${chain})` : chain;
}

export async function auditVerifyCommand(args: string[]): Promise<number> {
  const o = parseOptions(args, { school: { type: 'string' }, checkpoint: { type: 'boolean' } });
  const app = await openApp({ logLevel: 'warn' });
  try {
    const db = app.ctx.db;
    const store = app.ctx.auditCheckpoints!;
    const only = o.school ? chainFor('', (await findSchool(db, o.school)).id) : null;
    const chains = only ? [only] : await auditRepository.listChains(db);
    const broken = new Set<string>();
    for (const chain of chains) {
      const result = await auditRepository.verify(db, chain);
      if (result.firstBroken) {
        broken.add(chain);
        const b = result.firstBroken;
        console.log(`BROKEN  ${await describeChain(db, chain)}: entry ${b.seq} (id ${b.id}): ${b.reason}`);
      } else {
        const keyed = result.head.keyedFrom === null ? 'not yet keyed' : `keyed from entry ${result.head.keyedFrom}`;
        console.log(`intact  ${await describeChain(db, chain)}: ${result.checked} entries, ${keyed}`);
      }
    }
    const problems = (await checkAgainstCheckpoints(db, store)).filter((p) => !only || p.chain === only);
    for (const p of problems) {
      broken.add(p.chain);
      console.log(
        `BROKEN  ${await describeChain(db, p.chain)}: ${p.seq === null ? '' : `entry ${p.seq}: `}${p.reason}`,
      );
    }
    console.log(`Checkpoints: ${store.file}`);
    console.log(broken.size ? `${broken.size} chain(s) are broken.` : `All ${chains.length} chains are intact.`);
    if (o.checkpoint && !broken.size) {
      const { written } = await writeCheckpoints(db, store, app.ctx.now());
      console.log(`Checkpoint written for ${written.length} chain(s).`);
    } else if (o.checkpoint) {
      console.log('No checkpoint written: repair or explain the broken chains first.');
    }
    return broken.size ? 1 : 0;
  } finally {
    await app.close();
  }
}
