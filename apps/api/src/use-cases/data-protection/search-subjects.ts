// Finding the person a request is about: commenters by name or handle, pupils and staff by name.
import { subjectAccessRepository } from '@schoolgate/db';
import type { SubjectSearchQuery, SubjectSearchResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';

export async function searchSubjects(
  ctx: AppContext,
  actor: Actor,
  query: SubjectSearchQuery,
): Promise<SubjectSearchResponse> {
  authorise(actor, 'read', 'personal_data');
  const schoolId = schoolOf(actor);
  if (query.kind === 'author') {
    const rows = await subjectAccessRepository.searchAuthors(ctx.db, schoolId, query.q);
    return {
      items: rows.map((a) => ({
        id: a.id,
        label: a.name ?? a.handle ?? '(anonymised)',
        detail: `${a.platform}${a.handle ? ` @${a.handle}` : ''}`,
      })),
    };
  }
  if (query.kind === 'pupil') {
    const rows = await subjectAccessRepository.searchPupils(ctx.db, schoolId, query.q);
    return {
      items: rows.map((p) => ({
        id: p.id,
        label: `${p.preferredName ?? p.firstName} ${p.lastName}`,
        detail: `Year ${p.yearGroup}${p.className ? `, ${p.className}` : ''}${p.status === 'active' ? '' : ` (${p.status})`}`,
      })),
    };
  }
  const rows = await subjectAccessRepository.searchStaff(ctx.db, schoolId, query.q);
  return {
    items: rows.map((s) => ({
      id: s.id,
      label: `${s.firstName} ${s.lastName}`,
      detail: `${s.jobTitle ?? s.role}${s.status === 'active' ? '' : ' (left)'}`,
    })),
  };
}
