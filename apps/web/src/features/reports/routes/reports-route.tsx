// Governors' reports (issue 14): the school's (or, for the trust team, the whole trust's) figures over a term picked
// from the school calendar or two dates, with charts, the tables behind them, and PDF and CSV downloads.
import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { REPORTS_API, type ReportPeriod, type ReportQuery } from '@schoolgate/contracts';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { reportFileUrl, useSchoolReport, useSetTermlyEmail, useTrustReport } from '../api/reports';
import { ReportView } from '../components/report-view';
import { TrustTable } from '../components/trust-table';

const keyOf = (p: Pick<ReportPeriod, 'from' | 'to'>) => `${p.from}|${p.to}`;

export function ReportsRoute() {
  const me = useSession();
  const canSchool = can(me, 'read:report') && me.school !== null;
  const canTrust = can(me, 'read:trust_report');
  const [scope, setScope] = useState<'school' | 'trust'>(canSchool ? 'school' : 'trust');
  const [query, setQuery] = useState<ReportQuery>({});
  const [custom, setCustom] = useState({ from: '', to: '' });
  const school = useSchoolReport(query, canSchool && scope === 'school');
  const trust = useTrustReport(query, canTrust && scope === 'trust');
  const setTermlyEmail = useSetTermlyEmail();
  if (!canSchool && !canTrust) return <NoAccess title="Reports" />;

  const active = scope === 'school' ? school : trust;
  const report = active.data;
  const periods = report?.periods ?? [];
  const current = report ? keyOf(report.period) : '';
  const inList = periods.some((p) => keyOf(p) === current);
  const paths =
    scope === 'school'
      ? { pdf: REPORTS_API.schoolPdf, csv: REPORTS_API.schoolCsv }
      : { pdf: REPORTS_API.trustPdf, csv: REPORTS_API.trustCsv };
  const fileQuery = report ? { from: report.period.from, to: report.period.to } : query;

  return (
    <>
      <PageHeader
        title="Governors’ report"
        description="How the social media policy was followed over a term: counts only, never anyone’s details."
        actions={
          report ? (
            <>
              <Button component="a" href={reportFileUrl(paths.pdf, fileQuery)} download variant="filled">
                Download PDF
              </Button>
              <Button component="a" href={reportFileUrl(paths.csv, fileQuery)} download variant="default">
                Download CSV
              </Button>
            </>
          ) : null
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="md">
          <Stack gap="sm">
            {canSchool && canTrust ? (
              <SegmentedControl
                aria-label="Report for"
                value={scope}
                onChange={(value) => setScope(value as 'school' | 'trust')}
                data={[
                  { value: 'school', label: me.school?.name ?? 'This school' },
                  { value: 'trust', label: 'The whole trust' },
                ]}
                w="fit-content"
              />
            ) : null}
            <Group align="flex-end" gap="md" wrap="wrap">
              <NativeSelect
                label="Term"
                value={inList ? current : ''}
                data={[
                  ...(inList ? [] : [{ value: '', label: report ? report.period.label : 'Last complete term' }]),
                  ...periods.map((p) => ({ value: keyOf(p), label: p.label })),
                ]}
                onChange={(e) => {
                  const [from, to] = e.currentTarget.value.split('|');
                  if (from && to) setQuery({ from, to });
                }}
                w={260}
              />
              <Text pb={8}>or from</Text>
              <TextInput
                type="date"
                label="First day"
                value={custom.from}
                onChange={(e) => setCustom({ ...custom, from: e.currentTarget.value })}
              />
              <TextInput
                type="date"
                label="Last day"
                value={custom.to}
                onChange={(e) => setCustom({ ...custom, to: e.currentTarget.value })}
              />
              <Button
                variant="default"
                disabled={!custom.from || !custom.to}
                onClick={() => setQuery({ from: custom.from, to: custom.to })}
              >
                Show these dates
              </Button>
            </Group>
            {report?.periodNote ? (
              <Alert color="blue" variant="light" title={`Showing ${report.period.label} so far`}>
                {report.periodNote}
              </Alert>
            ) : null}
            {report ? (
              <Text size="sm" c="dimmed">
                {report.periodHow}
              </Text>
            ) : null}
            {report && 'termlyEmail' in report && can(me, 'update:report') ? (
              <Switch
                checked={report.termlyEmail}
                disabled={setTermlyEmail.isPending}
                onChange={(e) => setTermlyEmail.mutate(e.currentTarget.checked)}
                label="Email this report to the governors after each term, with the PDF attached"
                description="Sent within a fortnight of the term's end to everyone with the governor role, when email is set up."
              />
            ) : null}
            <ErrorAlert error={setTermlyEmail.error} title="The setting could not be saved" />
          </Stack>
        </Card>
        <ErrorAlert error={active.error} title="The report could not be made" />
        {active.isPending ? <CentredLoader label="Making the report" /> : null}
        {report ? (
          <>
            <Title order={2} size="h2" aria-live="polite">
              {'school' in report ? report.school.name : report.trust.name}: {report.period.label}
            </Title>
            {'schools' in report ? (
              <Card withBorder padding="lg" component="section" aria-labelledby="trust-schools">
                <Title order={2} size="h3" id="trust-schools" mb="xs">
                  Every school, worst first
                </Title>
                <TrustTable schools={report.schools} caption={`The trust’s schools over ${report.period.label}`} />
              </Card>
            ) : null}
            <ReportView report={report} />
          </>
        ) : null}
      </Stack>
    </>
  );
}
