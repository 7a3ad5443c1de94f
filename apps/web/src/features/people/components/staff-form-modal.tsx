import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { StaffMember } from '@schoolgate/contracts';
import { useCreateStaff, useUpdateStaff } from '../api/staff';
import { StaffForm } from './staff-form';

interface StaffFormModalProps {
  /** null: adding someone new; a member: editing them. */
  member: StaffMember | null;
  opened: boolean;
  onClose: () => void;
}

export function StaffFormModal({ member, opened, onClose }: StaffFormModalProps) {
  const create = useCreateStaff();
  const update = useUpdateStaff();
  const mutation = member ? update : create;
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  const done = (saved: StaffMember) => {
    const name = `${saved.firstName} ${saved.lastName}`;
    const message = member ? `Changes to ${name} have been saved.` : `${name} has been added to the staff list.`;
    notifications.show({ message, color: 'green' });
    close();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={member ? `Edit ${member.firstName} ${member.lastName}` : 'Add a member of staff'}
      size="lg"
    >
      {/* Keyed so the form starts afresh for each person rather than keeping the last one's typing. */}
      <StaffForm
        key={member?.id ?? 'new'}
        member={member ?? undefined}
        pending={mutation.isPending}
        error={mutation.error}
        submitLabel={member ? 'Save changes' : 'Add to staff'}
        onCancel={close}
        onSubmit={(values) => {
          if (member) update.mutate({ id: member.id, changes: values }, { onSuccess: done });
          else create.mutate(values, { onSuccess: done });
        }}
      />
    </Modal>
  );
}
