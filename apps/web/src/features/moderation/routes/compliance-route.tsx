import { Card, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { plural } from '../../../lib/format';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useCompliance } from '../api/moderation';
import { ComplianceChart } from '../components/compliance-chart';
import { ComplianceTable } from '../components/compliance-table';
import { ModerationSubnav } from '../components/moderation-subnav';
import { canModerate } from '../moderation-permissions';

const WEEK_CHOICES = ['4', '8', '12', '26', '52'];

export function ComplianceRoute() {
  const me = useSession();
  const allowed = canModerate(me, 'read:comment');
  const [weeks, setWeeks] = useState('8');
  const compliance = useCompliance(Number(weeks), allowed);
  if (!allowed) return <NoAccess title="Response times" />;
  return (
    <>
      <PageHeader
        title="Response times"
        description="Whether comments that needed an answer (questions, queries and complaints) got one in time."
      />
      <ModerationSubnav />
      <Stack gap="lg">
        <NativeSelect
          label="Show the last"
          value={weeks}
          data={WEEK_CHOICES.map((w) => ({ value: w, label: plural(Number(w), 'week') }))}
          onChange={(e) => setWeeks(e.currentTarget.value)}
          w={200}
        />
        <ErrorAlert error={compliance.error} title="The response times could not be loaded" />
        {compliance.isPending ? <CentredLoader label="Loading response times" /> : null}
        {compliance.data ? (
          <Card withBorder padding="lg">
            <Stack gap="md">
              <Text fw={600}>
                Your policy says every comment that needs an answer gets one within{' '}
                {plural(compliance.data.deadlineHours, 'hour')} (weekends and bank holidays do not count).
              </Text>
              <Title order={2} size="h3">
                Week by week
              </Title>
              {compliance.data.weeks.some((week) => week.due > 0) ? (
                <ComplianceChart weeks={compliance.data.weeks} />
              ) : (
                <Text role="status">
                  No replies fell due in these weeks. Comments count in the week their reply is due.
                </Text>
              )}
              <ComplianceTable weeks={compliance.data.weeks} />
            </Stack>
          </Card>
        ) : null}
      </Stack>
    </>
  );
}
