// `schoolgate subject-access --school NAME|ID (--author ID | --pupil ID | --staff ID) --out FILE`: the same ZIP as the
// Data protection page makes, for an operator answering a request at the command line. Audited as made by the
// command line.
import fs from 'node:fs';
import { findSchool } from './find-school.ts';
import { CliError, parseOptions } from './cli-options.ts';
import { openApp } from './open-app.ts';
import { buildSubjectAccess } from '../use-cases/data-protection/subject-access.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function subjectAccessCommand(args: string[]): Promise<number> {
  const o = parseOptions(args, {
    school: { type: 'string' },
    author: { type: 'string' },
    pupil: { type: 'string' },
    staff: { type: 'string' },
    out: { type: 'string' },
  });
  const chosen = (['author', 'pupil', 'staff'] as const).filter((kind) => o[kind]);
  if (!o.school || chosen.length !== 1 || !o.out)
    throw new CliError(
      'Usage: schoolgate subject-access --school NAME|ID (--author ID | --pupil ID | --staff ID) --out FILE',
    );
  const kind = chosen[0]!;
  const id = o[kind]!;
  if (!UUID.test(id)) throw new CliError(`--${kind} takes the record's id (as the Data protection page shows it).`);
  const app = await openApp({ logLevel: 'warn' });
  try {
    const school = await findSchool(app.ctx.db, o.school);
    const made = await buildSubjectAccess(
      app.ctx,
      { id: school.id, trustId: school.trustId },
      { kind, id },
      { trustId: school.trustId, userId: null, address: 'command line' },
    );
    fs.writeFileSync(o.out, made.zip, { mode: 0o600 });
    const total = Object.values(made.counts).reduce((n, c) => n + c, 0);
    console.log(`Wrote ${o.out}: ${total} record(s) about this ${kind}, with index.html to read first.`);
    return 0;
  } finally {
    await app.close();
  }
}
