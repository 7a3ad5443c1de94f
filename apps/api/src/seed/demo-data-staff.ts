// Builds a staff list from a school's posts: made-up names, MIS ids and sign-in addresses.

import type { DemoRandom } from './demo-data-random.ts';
import type { StaffPost } from './demo-data-schools.ts';
import type { DemoStaff } from './demo-data-types.ts';
import { ADULT_FIRST_NAMES, SURNAMES } from './demo-names.ts';

export interface StaffListOptions {
  /** The part after `@`, e.g. "primary.schoolgate.test". */
  domain: string;
  idPrefix: string;
  /** Overrides `<role>@` for the posts marked roleEmail (the trust's admin signs in as admin@trust...). */
  roleEmailLocalPart?: (post: StaffPost) => string;
}

export function buildStaffList(
  posts: readonly StaffPost[],
  options: StaffListOptions,
  random: DemoRandom,
): DemoStaff[] {
  const usedNames = new Set<string>();
  const usedEmails = new Set<string>();
  return posts.map((post, index) => {
    const [firstName, lastName] = uniqueName(random, usedNames);
    const localPart = post.roleEmail
      ? (options.roleEmailLocalPart?.(post) ?? post.role)
      : uniqueLocalPart(`${emailWord(firstName)}.${emailWord(lastName)}`, usedEmails);
    usedEmails.add(localPart);
    return {
      misId: `${options.idPrefix}${1001 + index}`,
      firstName,
      lastName,
      email: `${localPart}@${options.domain}`,
      jobTitle: post.jobTitle,
      role: post.role,
      signsIn: post.signsIn === true && post.inactive !== true,
      status: post.inactive ? 'inactive' : 'active',
    };
  });
}

function uniqueName(random: DemoRandom, used: Set<string>): [string, string] {
  for (;;) {
    const first = random.pick(ADULT_FIRST_NAMES);
    const last = random.pick(SURNAMES);
    const key = `${first} ${last}`;
    if (!used.has(key)) {
      used.add(key);
      return [first, last];
    }
  }
}

/** "O'Brien" -> "obrien", "Lloyd-Jones" -> "lloyd-jones": what school mail systems usually do. */
function emailWord(name: string): string {
  return name.toLowerCase().replace(/[^a-z-]/g, '');
}

function uniqueLocalPart(wanted: string, used: Set<string>): string {
  if (!used.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) if (!used.has(`${wanted}${n}`)) return `${wanted}${n}`;
}
