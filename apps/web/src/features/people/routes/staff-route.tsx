import { Button, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { StaffMember } from '@schoolgate/contracts';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { plural } from '../../../lib/format';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useReactivateStaff, useStaffList, type StaffStatusFilter } from '../api/staff';
import { notifications } from '@mantine/notifications';
import { DeactivateDialog } from '../components/deactivate-dialog';
import { ListFilters } from '../components/list-filters';
import { StaffFormModal } from '../components/staff-form-modal';
import { StaffTable } from '../components/staff-table';
import { useInviteEveryone, useInviteStaff } from '../../sign-in/api/sign-in';

const STATUS_OPTIONS = [
  { value: 'active', label: 'Current staff' },
  { value: 'inactive', label: 'Former staff' },
  { value: 'all', label: 'Everyone' },
];
const PAGE_SIZE = 50;

export function StaffRoute() {
  const me = useSession();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [status, setStatus] = useState<StaffStatusFilter>('active');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [deactivating, setDeactivating] = useState<StaffMember | null>(null);
  const reactivate = useReactivateStaff();
  const invite = useInviteStaff();
  const inviteEveryone = useInviteEveryone();
  const allowed = can(me, 'read:staff');
  const list = useStaffList({ search: debouncedSearch, status, page, pageSize: PAGE_SIZE }, allowed);

  if (!allowed) return <NoAccess title="Staff" />;
  const openForm = (member: StaffMember | null) => {
    setEditing(member);
    setFormOpen(true);
  };

  return (
    <>
      <PageHeader
        title="Staff"
        description="Everyone who works at the school, and what they can do in Schoolgate."
        actions={
          can(me, 'create:staff') ? (
            <>
              <Button
                variant="default"
                loading={inviteEveryone.isPending}
                onClick={() =>
                  inviteEveryone.mutate(undefined, {
                    onSuccess: (r) =>
                      notifications.show({
                        color: r.notEmailed > 0 ? 'yellow' : 'green',
                        message:
                          r.invited === 0
                            ? 'Everyone with an email address can already sign in or has a fresh invitation.'
                            : `${plural(r.invited, 'invitation')} sent${r.notEmailed > 0 ? `; ${r.notEmailed} could not be emailed (is email set up?)` : ''}.`,
                      }),
                  })
                }
              >
                Invite everyone without sign-in
              </Button>
              <Button onClick={() => openForm(null)}>Add a member of staff</Button>
            </>
          ) : null
        }
      />
      <ListFilters
        searchLabel="Search staff by name or email"
        search={search}
        onSearch={(value) => {
          setSearch(value);
          setPage(1);
        }}
        selectLabel="Show"
        selectValue={status}
        selectOptions={STATUS_OPTIONS}
        onSelect={(value) => {
          setStatus(value as StaffStatusFilter);
          setPage(1);
        }}
      />
      <ErrorAlert error={list.error} title="The staff list could not be loaded" />
      <ErrorAlert error={reactivate.error} title="That person could not be reactivated" />
      <ErrorAlert error={invite.error ?? inviteEveryone.error} title="The invitation could not be sent" />
      {list.isPending ? <CentredLoader label="Loading staff" /> : null}
      {list.data ? (
        list.data.items.length === 0 ? (
          <Text role="status">No staff match your search.</Text>
        ) : (
          <>
            <StaffTable
              staff={list.data.items}
              caption={`${plural(list.data.total, 'member')} of staff`}
              canEdit={can(me, 'update:staff')}
              canDeactivate={can(me, 'deactivate:staff')}
              onEdit={openForm}
              onDeactivate={setDeactivating}
              onInvite={
                can(me, 'create:staff')
                  ? (member) =>
                      invite.mutate(member.id, {
                        onSuccess: (r) =>
                          notifications.show({
                            color: r.invitation.emailed ? 'green' : 'yellow',
                            message: r.invitation.emailed
                              ? `Invitation emailed to ${member.firstName} ${member.lastName}.`
                              : `The invitation for ${member.firstName} ${member.lastName} could not be emailed: is email set up?`,
                          }),
                      })
                  : undefined
              }
              onReactivate={(member) =>
                reactivate.mutate(member.id, {
                  onSuccess: () =>
                    notifications.show({
                      color: 'green',
                      message: `${member.firstName} ${member.lastName} is active again.`,
                    }),
                })
              }
            />
            <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} label="staff" />
          </>
        )
      ) : null}
      <StaffFormModal member={editing} opened={formOpen} onClose={() => setFormOpen(false)} />
      <DeactivateDialog member={deactivating} onClose={() => setDeactivating(null)} />
    </>
  );
}
