// `schoolgate create-user`: the way in for the first head of a real school (no demo data), or a trust admin.
import { staffRepository, tenancyRepository, usersRepository, auditRepository } from '@schoolgate/db';
import { checkPasswordPolicy, isRole, ROLES } from '@schoolgate/domain';
import { passwordHasher } from '../security/password-hasher.ts';
import { findSchool } from './find-school.ts';
import { CliError, parseOptions } from './cli-options.ts';
import { openApp } from './open-app.ts';

export async function createUserCommand(args: string[]): Promise<number> {
  const o = parseOptions(args, {
    email: { type: 'string' },
    'first-name': { type: 'string' },
    'last-name': { type: 'string' },
    role: { type: 'string' },
    school: { type: 'string' },
    trust: { type: 'string' },
    password: { type: 'string' },
  });
  const password = o.password ?? process.env.SCHOOLGATE_NEW_PASSWORD;
  const missing = ['email', 'first-name', 'last-name', 'role'].filter((k) => !o[k as keyof typeof o]);
  if (missing.length) throw new CliError(`Missing --${missing.join(', --')}.`);
  if (!password) throw new CliError('Give the first password in SCHOOLGATE_NEW_PASSWORD (or --password).');
  if (!isRole(o.role)) throw new CliError(`--role must be one of ${ROLES.join(', ')}.`);
  if (o.role === 'trust_admin' ? !o.trust && !o.school : !o.school) {
    throw new CliError(
      o.role === 'trust_admin' ? 'Give --trust NAME|ID (or --school of one of its schools).' : 'Give --school NAME|ID.',
    );
  }
  checkPasswordPolicy(password, 'password', { email: o.email, names: [o['first-name'], o['last-name']] });
  const email = o.email!.trim().toLowerCase();

  const app = await openApp({ logLevel: 'warn' });
  try {
    const db = app.ctx.db;
    const school = o.school ? await findSchool(db, o.school) : null;
    const trustId = school?.trustId ?? (await findTrustId(db, o.trust!));
    if (await usersRepository.findByEmail(db, email)) throw new CliError(`${email} already has a sign-in.`);
    const passwordHash = await passwordHasher.hash(password);
    await db.transaction(async (tx) => {
      const user = await usersRepository.create(tx, {
        email,
        displayName: `${o['first-name']} ${o['last-name']}`,
        passwordHash,
      });
      const staff = await staffRepository.insert(tx, {
        trustId,
        schoolId: o.role === 'trust_admin' ? null : school!.id,
        userId: user.id,
        firstName: o['first-name']!,
        lastName: o['last-name']!,
        email,
        role: o.role!,
      });
      await auditRepository.append(tx, {
        trustId,
        schoolId: staff.schoolId,
        actorUserId: null,
        actorAddress: 'command line',
        action: 'staff.created',
        entityType: 'staff',
        entityId: staff.id,
        details: { role: staff.role, canSignIn: true, via: 'schoolgate create-user' },
      });
    });
    console.log(`Created ${email} as ${o.role}${school ? ` at ${school.name}` : ''}.`);
    return 0;
  } finally {
    await app.close();
  }
}

export async function findTrustId(
  db: Parameters<typeof tenancyRepository.findTrust>[0],
  nameOrId: string,
): Promise<string> {
  const byId = /^[0-9a-f-]{36}$/i.test(nameOrId) ? await tenancyRepository.findTrust(db, nameOrId) : null;
  if (byId) return byId.id;
  const all = await db.query.trusts.findMany();
  const match = all.filter((t) => t.name.toLowerCase() === nameOrId.toLowerCase());
  if (match.length !== 1) throw new CliError(`No single trust called "${nameOrId}".`);
  return match[0]!.id;
}
