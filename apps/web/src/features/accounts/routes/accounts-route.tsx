import { Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useAccountRegister, useAccountRequests } from '../api/accounts';
import { HandoverTasks } from '../components/handover-tasks';
import { RegisterTable } from '../components/register-table';
import { RequestCard } from '../components/request-card';
import { RequestForm } from '../components/request-form';

/** Official accounts (004): the register, the requests and their review, and the form to ask for a new one. */
export function AccountsRoute() {
  const me = useSession();
  const [tab, setTab] = useState<string | null>('register');
  const register = useAccountRegister();
  const requests = useAccountRequests();
  if (!can(me, 'read:account')) return <NoAccess title="Official accounts" />;
  const mayRequest = can(me, 'create:account');
  return (
    <>
      <PageHeader
        title="Official accounts"
        description="The school’s social media accounts, who runs each one, and requests for new ones."
      />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List mb="md">
          <Tabs.Tab value="register">Register</Tabs.Tab>
          <Tabs.Tab value="requests">Requests</Tabs.Tab>
          {mayRequest ? <Tabs.Tab value="new">Request an account</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="register">
          {register.isPending ? <CentredLoader label="Loading the register" /> : <ErrorAlert error={register.error} />}
          <HandoverTasks />
          {register.data ? (
            <RegisterTable accounts={register.data.items} mayConnect={can(me, 'update:account')} />
          ) : null}
        </Tabs.Panel>
        <Tabs.Panel value="requests">
          {requests.isPending ? <CentredLoader label="Loading requests" /> : <ErrorAlert error={requests.error} />}
          <Stack gap="md">
            {requests.data?.items.length === 0 ? 'No requests yet.' : null}
            {requests.data?.items.map((r) => (
              <RequestCard
                key={r.id}
                request={r}
                mayDecide={can(me, 'approve:account')}
                mayConsent={can(me, 'sign:account')}
              />
            ))}
          </Stack>
        </Tabs.Panel>
        {mayRequest ? (
          <Tabs.Panel value="new">
            <RequestForm
              onSent={(request) => {
                const waiting = request.runners.filter((r) => r.missing.length > 0).map((r) => r.name);
                notifications.show({
                  color: waiting.length > 0 ? 'orange' : 'green',
                  message:
                    waiting.length > 0
                      ? `Your request was sent. It cannot be approved until ${waiting.join(' and ')} ${waiting.length === 1 ? 'is' : 'are'} ready to run it: see Requests.`
                      : 'Your request was sent. Its runners are listed under Requests.',
                });
                setTab('requests');
              }}
            />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
