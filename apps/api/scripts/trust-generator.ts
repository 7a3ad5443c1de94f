// A trust at scale for load tests: `schools` schools in one trust, each with its staff, pupils and a connected
// Facebook Page, and signed webhook deliveries of comments spread over those schools (some naming a pupil, some
// rude, some asking a question). Deterministic for a seed; names come from short lists, not from anyone real.
import {
  pupilsRepository,
  socialAccountsRepository,
  staffRepository,
  tenancyRepository,
  type Db,
} from '@schoolgate/db';
import { facebookCommentChange, facebookDelivery } from '../src/testing/facebook-payloads.ts';

const FIRST = ['Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Noah', 'Freya', 'Arthur', 'Ivy', 'Leo', 'Rosie', 'Alfie'];
const LAST = ['Hughes', 'Patel', 'Evans', 'Khan', 'Roberts', 'Walsh', 'Okafor', 'Byrne', 'Singh', 'Price', 'Lloyd'];
const YEARS = ['R', '1', '2', '3', '4', '5', '6'];
const TEXTS = [
  'What time does the Christmas fair start on Saturday?',
  'Lovely photos from sports day, well done everyone!',
  'The teacher shouted at my son again, not acceptable',
  'Ring me on 07700 900123 about the uniform sale',
  'DM me to earn £500 a day from home!!!',
  'You are all useless idiots at that school',
  'Please can we have the dates for the Year 6 trip',
  'Thank you to all the staff for a wonderful nativity',
];

export interface GeneratedTrust {
  trustId: string;
  schools: Array<{ id: string; pageId: string }>;
}

export interface TrustShape {
  schools: number;
  staffPerSchool: number;
  pupilsPerSchool: number;
}

export async function generateTrust(db: Db, shape: TrustShape, tag: string): Promise<GeneratedTrust> {
  const trust = await tenancyRepository.createTrust(db, `Load Test Trust ${tag}`);
  const schools: GeneratedTrust['schools'] = [];
  for (let s = 0; s < shape.schools; s++) {
    const school = await tenancyRepository.createSchool(db, { trustId: trust.id, name: `Load Test School ${s + 1}` });
    await staffRepository.insertMany(
      db,
      Array.from({ length: shape.staffPerSchool }, (_, i) => ({
        trustId: trust.id,
        schoolId: school.id,
        misId: `S${i}`,
        firstName: FIRST[(i + s) % FIRST.length]!,
        lastName: `${LAST[(i * 7 + s) % LAST.length]!}-${i}`,
        role: 'staff',
      })),
    );
    await pupilsRepository.insertMany(
      db,
      school.id,
      Array.from({ length: shape.pupilsPerSchool }, (_, i) => ({
        misId: `P${i}`,
        firstName: FIRST[(i * 5 + s) % FIRST.length]!,
        lastName: `${LAST[(i * 3 + s) % LAST.length]!}${i}`,
        preferredName: null,
        yearGroup: YEARS[i % YEARS.length]!,
        className: null,
        doNotPublish: i % 20 === 0,
      })),
    );
    const pageId = `load-page-${tag}-${s}`;
    await socialAccountsRepository.create(db, {
      schoolId: school.id,
      platform: 'facebook',
      externalId: pageId,
      handle: `load${s}`,
      displayName: `Load Test School ${s + 1}`,
    });
    schools.push({ id: school.id, pageId });
  }
  return { trustId: trust.id, schools };
}

/** The `i`-th delivery of a run: one new comment on one school's Page, the schools taken in turn. */
export function deliveryBody(trust: GeneratedTrust, run: string, i: number): string {
  const school = trust.schools[i % trust.schools.length]!;
  const text =
    i % 13 === 0 ? `Well done ${FIRST[i % FIRST.length]} ${LAST[0]}${i % 50} in the play` : TEXTS[i % TEXTS.length]!;
  return facebookDelivery(school.pageId, [
    facebookCommentChange({
      pageId: school.pageId,
      commentId: `load_${run}_${i}`,
      fromId: `parent-${i % 997}`,
      message: `${text} (${i})`,
      createdTime: Math.floor(Date.now() / 1000),
    }),
  ]);
}
