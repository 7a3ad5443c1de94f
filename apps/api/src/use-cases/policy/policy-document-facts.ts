// The facts a policy document states that the settings do not hold: names from the school's records, the
// version number and its dates. Read fresh from the staff list whenever a version is drafted, refreshed or approved.
import { policyFactsRepository, tenancyRepository, type Db } from '@schoolgate/db';
import { isChairOfGovernors, notFound, type PolicyDocumentFacts } from '@schoolgate/domain';

const NOT_NAMED = 'not yet named';
const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

export async function loadDocumentFacts(
  db: Db,
  schoolId: string,
  version: { number: number; approvedOn: string | null; reviewDate: string },
): Promise<PolicyDocumentFacts> {
  const school = await tenancyRepository.findSchool(db, schoolId);
  if (!school) throw notFound('That school');
  const trust = await tenancyRepository.findTrust(db, school.trustId);
  const people = await policyFactsRepository.namedPeople(db, schoolId);
  const withRole = (role: string) => people.filter((person) => person.role === role);
  // A school that has not recorded its chair of governors gets no line for one.
  const chair = withRole('governor').find((person) => isChairOfGovernors(person.jobTitle));
  const head = withRole('head')[0];
  const dsl = withRole('dsl')[0];
  return {
    schoolName: school.name,
    // A standalone school is a trust of one with the school's own name: no "belongs to" sentence for it.
    trustName: trust && trust.name !== school.name ? trust.name : null,
    headteacher: head ? fullName(head) : NOT_NAMED,
    dsl: dsl ? fullName(dsl) : NOT_NAMED,
    deputyDsls: withRole('deputy_dsl').map(fullName),
    chairOfGovernors: chair ? fullName(chair) : null,
    version: String(version.number),
    approvedOn: version.approvedOn,
    reviewDate: version.reviewDate,
  };
}
