import { Anchor, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { can, canAny } from '../../../lib/permissions';
import { roleLabel } from '../../../lib/roles';
import { useSession } from '../../../lib/session-context';
import { usePupilList } from '../../people/api/pupils';
import { useStaffList } from '../../people/api/staff';
import { CountCard } from '../components/count-card';

export function DashboardRoute() {
  const me = useSession();
  const canStaff = can(me, 'read:staff');
  const canPupils = can(me, 'read:pupil');
  // pageSize 1: only the totals are needed here.
  const staff = useStaffList({ search: '', status: 'active', page: 1, pageSize: 1 }, canStaff && me.school !== null);
  const pupils = usePupilList({ search: '', yearGroup: '', page: 1, pageSize: 1 }, canPupils && me.school !== null);

  return (
    <>
      <PageHeader title={`Welcome, ${me.user.displayName}`} documentTitle="Dashboard" />
      <Stack gap="xl">
        <Text fz="lg">
          {me.school ? (
            <>
              You are working in <strong>{me.school.name}</strong> as <strong>{roleLabel(me.role)}</strong>.
            </>
          ) : (
            <>
              You are signed in to <strong>{me.trust.name}</strong> as <strong>{roleLabel(me.role)}</strong>. Choose a
              school with “Switch school” at the top of the page.
            </>
          )}
        </Text>
        {me.school && (canStaff || canPupils) ? (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} maw={720}>
            {canStaff ? (
              <CountCard label="Current staff" count={staff.data?.total} to="/people/staff" linkText="See all staff" />
            ) : null}
            {canPupils ? (
              <CountCard label="Pupils" count={pupils.data?.total} to="/people/pupils" linkText="See all pupils" />
            ) : null}
          </SimpleGrid>
        ) : null}
        {canAny(me, ['import:staff', 'import:pupil', 'read:audit']) ? (
          <section aria-labelledby="next-steps">
            <Title order={2} fz="lg" id="next-steps" mb="xs">
              Getting started
            </Title>
            <List spacing="xs">
              {canAny(me, ['import:staff', 'import:pupil']) ? (
                <List.Item>
                  <Anchor component={Link} to="/people/import">
                    Import your staff and pupils
                  </Anchor>{' '}
                  from a CSV export of your MIS.
                </List.Item>
              ) : null}
              {can(me, 'read:audit') ? (
                <List.Item>
                  See every change in the{' '}
                  <Anchor component={Link} to="/audit">
                    audit log
                  </Anchor>
                  .
                </List.Item>
              ) : null}
            </List>
          </section>
        ) : null}
      </Stack>
    </>
  );
}
