// `schoolgate create-school`: what the set-up page does, from the command line. A new school is a trust of one
// with the template's policy defaults; with --trust it joins that trust and follows the trust's defaults. With
// --head-* it also creates the head, who sets up two-factor at first sign-in.
import { auditRepository, staffRepository, tenancyRepository, usersRepository } from '@schoolgate/db';
import { checkPasswordPolicy, isPolicyTemplateId } from '@schoolgate/domain';
import { NewSchool, SETUP_TEMPLATE_VALUES } from '@schoolgate/contracts';
import { passwordHasher } from '../security/password-hasher.ts';
import {
  assertUrnFree,
  createSchoolInTrust,
  saveTrustDefaultsFromTemplate,
} from '../use-cases/setup/create-school-record.ts';
import { findTrustId } from './create-user-command.ts';
import { CliError, parseOptions } from './cli-options.ts';
import { openApp } from './open-app.ts';

export async function createSchoolCommand(args: string[]): Promise<number> {
  const o = parseOptions(args, {
    name: { type: 'string' },
    urn: { type: 'string' },
    nation: { type: 'string' },
    template: { type: 'string' },
    trust: { type: 'string' },
    'head-email': { type: 'string' },
    'head-first-name': { type: 'string' },
    'head-last-name': { type: 'string' },
  });
  const parsed = NewSchool.safeParse({ name: o.name ?? '', urn: o.urn ?? '', nation: o.nation ?? 'england_wales' });
  if (!parsed.success) {
    throw new CliError(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'));
  }
  const template = o.template ?? null;
  if (!o.trust && !(template && isPolicyTemplateId(template) && template !== 'blank')) {
    throw new CliError(`Give --template (one of ${SETUP_TEMPLATE_VALUES.join(', ')}), or --trust NAME|ID.`);
  }
  const head = o['head-email']
    ? { email: o['head-email'].trim().toLowerCase(), first: o['head-first-name'], last: o['head-last-name'] }
    : null;
  const password = process.env.SCHOOLGATE_NEW_PASSWORD;
  if (head) {
    if (!head.first || !head.last) throw new CliError('Give --head-first-name and --head-last-name.');
    if (!password) throw new CliError("Give the head's first password in SCHOOLGATE_NEW_PASSWORD.");
    checkPasswordPolicy(password);
  }

  const app = await openApp({ logLevel: 'warn' });
  try {
    const db = app.ctx.db;
    if (head && (await usersRepository.findByEmail(db, head.email)))
      throw new CliError(`${head.email} already has a sign-in.`);
    const passwordHash = head ? await passwordHasher.hash(password!) : null;
    const school = await db.transaction(async (tx) => {
      let row;
      if (o.trust) {
        row = await createSchoolInTrust(tx, await findTrustId(tx, o.trust), parsed.data, null);
      } else {
        await assertUrnFree(tx, parsed.data.urn);
        const trust = await tenancyRepository.createTrust(tx, parsed.data.name);
        row = await tenancyRepository.createSchool(tx, { trustId: trust.id, ...parsed.data });
        await saveTrustDefaultsFromTemplate(tx, trust.id, template as never, parsed.data.nation, null);
      }
      const staffId = head
        ? (
            await staffRepository.insert(tx, {
              trustId: row.trustId,
              schoolId: row.id,
              userId: (
                await usersRepository.create(tx, {
                  email: head.email,
                  displayName: `${head.first} ${head.last}`,
                  passwordHash,
                })
              ).id,
              firstName: head.first!,
              lastName: head.last!,
              email: head.email,
              jobTitle: 'Headteacher',
              role: 'head',
            })
          ).id
        : null;
      await auditRepository.append(tx, {
        trustId: row.trustId,
        schoolId: row.id,
        actorUserId: null,
        actorAddress: 'command line',
        action: 'school.created',
        entityType: 'school',
        entityId: row.id,
        details: {
          ...parsed.data,
          templateId: o.trust ? null : template,
          headStaffId: staffId,
          via: 'schoolgate create-school',
        },
      });
      return row;
    });
    console.log(`Created ${school.name} (URN ${school.urn})${head ? ` with ${head.email} as headteacher` : ''}.`);
    return 0;
  } finally {
    await app.close();
  }
}
