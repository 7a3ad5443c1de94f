import { Button, Group, Table, Text } from '@mantine/core';
import type { StaffMember } from '@schoolgate/contracts';
import { roleLabel } from '../../../lib/roles';
import { StatusBadge } from './status-badge';

interface StaffTableProps {
  staff: StaffMember[];
  caption: string;
  canEdit: boolean;
  canDeactivate: boolean;
  onEdit: (member: StaffMember) => void;
  onDeactivate: (member: StaffMember) => void;
  /** Brings back someone deactivated; their record and sign-in return as they were. */
  onReactivate?: (member: StaffMember) => void;
}

export function StaffTable({
  staff,
  caption,
  canEdit,
  canDeactivate,
  onEdit,
  onDeactivate,
  onReactivate,
}: StaffTableProps) {
  const showActions = canEdit || canDeactivate;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Job title</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Role in Schoolgate</Table.Th>
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
                <Table.Td>
                  {roleLabel(member.role)}
                  {member.canSignIn ? null : (
                    <Text size="xs" c="dimmed">
                      Cannot sign in
                    </Text>
                  )}
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
    </Table.ScrollContainer>
  );
}
