// `schoolgate import-people`: the same import as the web page, run as a named person so the audit log
// says who did it.
import fs from 'node:fs';
import { staffRepository, usersRepository } from '@schoolgate/db';
import { isRole } from '@schoolgate/domain';
import { importPeople } from '../use-cases/people/import-people.ts';
import { findSchool } from './find-school.ts';
import { CliError, parseOptions } from './cli-options.ts';
import { openApp } from './open-app.ts';

export async function importPeopleCommand(args: string[]): Promise<number> {
  const o = parseOptions(args, {
    kind: { type: 'string' },
    file: { type: 'string' },
    school: { type: 'string' },
    as: { type: 'string' },
  });
  if (o.kind !== 'staff' && o.kind !== 'pupils') throw new CliError('--kind must be staff or pupils.');
  if (!o.file || !o.school || !o.as)
    throw new CliError('Give --file, --school and --as (the email of the person doing the import).');
  const csv = fs.readFileSync(o.file, 'utf8');
  const app = await openApp({ logLevel: 'warn' });
  try {
    const db = app.ctx.db;
    const school = await findSchool(db, o.school);
    const user = await usersRepository.findByEmail(db, o.as);
    const membership = user
      ? (await staffRepository.membershipsForUser(db, user.id)).find(
          (m) => m.schoolId === school.id || (m.schoolId === null && m.trustId === school.trustId),
        )
      : undefined;
    if (!user || !membership || !isRole(membership.role))
      throw new CliError(`${o.as} does not work at ${school.name}.`);
    const result = await importPeople(
      app.ctx,
      {
        userId: user.id,
        sessionId: 'command-line',
        displayName: user.displayName,
        trustId: school.trustId,
        schoolId: school.id,
        role: membership.role,
        address: 'command line',
      },
      { kind: o.kind, csv },
    );
    console.log(
      `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.errors.length} rows rejected.`,
    );
    for (const e of result.errors) console.log(`  line ${e.line}${e.field ? ` (${e.field})` : ''}: ${e.reason}`);
    if (result.unknownColumns.length) console.log(`Columns not used: ${result.unknownColumns.join(', ')}`);
    return result.errors.length > 0 ? 2 : 0;
  } finally {
    await app.close();
  }
}
