// Adds the "Version history" table to a version's document as it is shown (page, PDF, Word): the school's imported
// rows, then Schoolgate's versions up to this one. It is read fresh each time, because the history grows after a
// version is approved and is not part of the approved, hashed text.
import type { PolicyVersionDetail } from '@schoolgate/contracts';
import { policyHistoryRepository, policyVersionsRepository, type Db } from '@schoolgate/db';
import { buildVersionHistory } from '@schoolgate/domain';

export async function withVersionHistory(
  db: Db,
  schoolId: string,
  version: PolicyVersionDetail,
): Promise<PolicyVersionDetail> {
  const imported = await policyHistoryRepository.listForSchool(db, schoolId);
  const versions = await policyVersionsRepository.listForSchool(db, schoolId);
  const history = buildVersionHistory(imported, versions, version.number);
  return { ...version, document: { ...version.document, history: history.map((row) => ({ ...row })) } };
}
