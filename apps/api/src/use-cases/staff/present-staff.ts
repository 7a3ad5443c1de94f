import type { StaffMember } from '@schoolgate/contracts';
import type { StaffWithSignIn } from '@schoolgate/db';

export function presentStaff(row: StaffWithSignIn): StaffMember {
  return {
    id: row.id,
    misId: row.misId,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    jobTitle: row.jobTitle,
    role: row.role as StaffMember['role'],
    status: row.status === 'inactive' ? 'inactive' : 'active',
    canSignIn: row.canSignIn,
  };
}
