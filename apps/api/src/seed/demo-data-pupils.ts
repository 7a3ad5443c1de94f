// Builds a school's pupils class by class: made-up names, UPN-like ids, a few preferred names and about 3% on
// the do-not-publish list, so the consent checks have someone to stop.

import type { DemoRandom } from './demo-data-random.ts';
import type { SchoolLayout } from './demo-data-schools.ts';
import type { DemoPupil } from './demo-data-types.ts';
import { PREFERRED_NAMES, PUPIL_FIRST_NAMES, SURNAMES } from './demo-names.ts';

const DO_NOT_PUBLISH_SHARE = 0.03;
const PREFERRED_NAME_CHANCE = 0.35;
// UPN check letters never use I, O or S (too easily read as digits).
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'.split('');
// 999 is not a real local authority code, so a demo UPN cannot be mistaken for a real child's.
const DEMO_LA_CODE = '999';

export function buildPupils(layout: SchoolLayout, random: DemoRandom): DemoPupil[] {
  const usedNames = new Set<string>();
  const pupils: DemoPupil[] = [];
  for (const year of layout.classes) {
    for (const className of year.classes) {
      const size = random.int(year.size[0], year.size[1]);
      for (let i = 0; i < size; i += 1) {
        const [firstName, lastName] = uniqueName(random, usedNames);
        const nickname = PREFERRED_NAMES[firstName];
        pupils.push({
          misId: upn(layout.establishment, year.yearGroup, pupils.length + 1, random),
          firstName,
          lastName,
          preferredName: nickname && random.next() < PREFERRED_NAME_CHANCE ? nickname : null,
          yearGroup: year.yearGroup,
          className,
          doNotPublish: false,
        });
      }
    }
  }
  // An exact share rather than a coin per pupil, so the demo always has the same number of flagged children.
  const flagged = random
    .shuffle(pupils.map((_, index) => index))
    .slice(0, Math.round(pupils.length * DO_NOT_PUBLISH_SHARE));
  for (const index of flagged) {
    const pupil = pupils[index];
    if (pupil) pupil.doNotPublish = true;
  }
  return pupils;
}

function uniqueName(random: DemoRandom, used: Set<string>): [string, string] {
  for (;;) {
    const first = random.pick(PUPIL_FIRST_NAMES);
    const last = random.pick(SURNAMES);
    if (!used.has(`${first} ${last}`)) {
      used.add(`${first} ${last}`);
      return [first, last];
    }
  }
}

/** Letter, LA code, establishment number, two-digit year of entry and a serial: the shape of a real UPN. */
function upn(establishment: string, yearGroup: string, serial: number, random: DemoRandom): string {
  const yearsInSchool = yearGroup === 'R' ? 0 : Number(yearGroup);
  const entryYear = String(25 - yearsInSchool).padStart(2, '0');
  return `${random.pick(UPN_LETTERS)}${DEMO_LA_CODE}${establishment}${entryYear}${String(serial).padStart(3, '0')}`;
}
