import { Card, Stack, Text, Title } from '@mantine/core';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { roleLabel } from '../../../lib/roles';
import { useSession } from '../../../lib/session-context';
import { useDashboard } from '../../reports/api/reports';
import { TrustTable } from '../../reports/components/trust-table';
import { DashboardItems } from '../components/dashboard-items';

export function DashboardRoute() {
  const me = useSession();
  const dashboard = useDashboard();

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
        <ErrorAlert error={dashboard.error} title="What needs doing could not be loaded" />
        {dashboard.isPending ? <CentredLoader label="Loading what needs doing" /> : null}
        {dashboard.data?.trust ? (
          <Card withBorder padding="lg" component="section" aria-labelledby="trust-schools">
            <Title order={2} fz="lg" id="trust-schools" mb="xs">
              Every school, worst first
            </Title>
            <TrustTable
              schools={dashboard.data.trust.schools}
              caption={`Against each school's policy, ${dashboard.data.trust.period.label} so far`}
            />
          </Card>
        ) : null}
        {dashboard.data && me.school ? (
          <section aria-labelledby="needs-you">
            <Title order={2} fz="lg" id="needs-you" mb="sm">
              What needs you now
            </Title>
            <DashboardItems items={dashboard.data.items} />
            {dashboard.data.notIncluded.map((line) => (
              <Text key={line} size="sm" c="dimmed" mt="sm">
                {line}
              </Text>
            ))}
          </section>
        ) : null}
      </Stack>
    </>
  );
}
