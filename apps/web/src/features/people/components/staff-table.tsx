import { Button, Group, Table, Text } from '@mantine/core';
import type { StaffMember } from '@schoolgate/contracts';
import { roleLabel } from '../../../lib/roles';
import { formatLondonDate } from '../../sign-in/components/london-date';
import { StatusBadge } from './status-badge';
import { ScrollTable } from '../../../components/scroll-table';

/** Who can sign in, and where their invitation stands (issue 13). */
function SignInCell({ member }: { member: StaffMember }) {
  if (member.canSignIn) return <Text size="sm">Can sign in</Text>;
  const invitation = member.invitation;
  if (!invitation || invitation.accepted) return <Text size="sm">No sign-in</Text>;
  if (invitation.expired) return <Text size="sm">Invitation expired {formatLondonDate(invitation.expiresAt)}</Text>;
  return (
    <>
      <Text size="sm">Invited {formatLondonDate(invitation.sentAt)}</Text>
      <Text size="xs" c="dimmed">
        {invitation.emailed ? `Link works until ${formatLondonDate(invitation.expiresAt)}` : 'Email not sent: resend'}
      </Text>
    </>
  );
}

interface StaffTableProps {
  staff: StaffMember[];
  caption: string;
  canEdit: boolean;
  canDeactivate: boolean;
  onEdit: (member: StaffMember) => void;
  onDeactivate: (member: StaffMember) => void;
  /** Brings back someone deactivated; their record and sign-in return as they were. */
  onReactivate?: (member: StaffMember) => void;
  /** Emails an invitation to set up a sign-in (or a new one); absent when the viewer may not invite. */
  onInvite?: (member: StaffMember) => void;
}

export function StaffTable({
  staff,
  caption,
  canEdit,
  canDeactivate,
  onEdit,
  onDeactivate,
  onReactivate,
  onInvite,
}: StaffTableProps) {
  const showActions = canEdit || canDeactivate || Boolean(onInvite);
  return (
    <ScrollTable label={caption} minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Job title</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Role in Schoolgate</Table.Th>
            <Table.Th scope="col">Sign-in</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            {showActions ? <Table.Th scope="col">Actions</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((member) => {
            const name = `${member.firstName} ${member.lastName}`;
            return (
              <Table.Tr key={member.id}>
                <Table.Th scope="row" fw={600}>
                  {name}
                </Table.Th>
                <Table.Td>{member.jobTitle ?? '–'}</Table.Td>
                <Table.Td>{member.email ?? '–'}</Table.Td>
                <Table.Td>{roleLabel(member.role)}</Table.Td>
                <Table.Td>
                  <SignInCell member={member} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadge kind={member.status} />
                </Table.Td>
                {showActions ? (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {canEdit ? (
                        <Button size="xs" variant="default" onClick={() => onEdit(member)} aria-label={`Edit ${name}`}>
                          Edit
                        </Button>
                      ) : null}
                      {onInvite && !member.canSignIn && member.email && member.status === 'active' ? (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => onInvite(member)}
                          aria-label={`${member.invitation ? 'Resend invitation to' : 'Invite'} ${name}`}
                        >
                          {member.invitation ? 'Resend invitation' : 'Invite'}
                        </Button>
                      ) : null}
                      {canDeactivate && member.status === 'active' ? (
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          onClick={() => onDeactivate(member)}
                          aria-label={`Deactivate ${name}`}
                        >
                          Deactivate
                        </Button>
                      ) : null}
                      {canDeactivate && member.status === 'inactive' && onReactivate ? (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => onReactivate(member)}
                          aria-label={`Reactivate ${name}`}
                        >
                          Reactivate
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
