// One report on screen (a school's or the trust's): the red/amber/green summary, then each section with its chart,
// the chart's numbers in a table, and the sentence saying how they were counted.
import { Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Rag, SchoolReportResponse, TrustReportResponse } from '@schoolgate/contracts';
import { reportLabel } from '@schoolgate/domain/shared';
import type { ReactNode } from 'react';
import { BarChartFigure } from '../../../components/bar-chart-figure';
import { RagBadge } from './rag-badge';

type Report = SchoolReportResponse | TrustReportResponse;

const GREEN = '#2b8a3e';
const ORANGE = '#c2410c';
const DARK_RED = '#7f1d1d';
const GREY = '#6b7280';
const BLUE = '#1c5aa6';

const pct = (value: number | null) => (value === null ? 'nothing to count' : `${value}%`);
const monthName = (month: string) =>
  new Date(`${month}-01T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDate = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

function Section({ id, title, how, children }: { id: string; title: string; how: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
        <Text size="sm" c="dimmed">
          How this was counted: {how}
        </Text>
      </Stack>
    </Card>
  );
}

/** A chart of one count per row (comments by category, steps taken, posts by platform...), with its table. */
function CountChart(props: {
  caption: string;
  rowHeading: string;
  rows: { label: string; count: number }[];
  /** What is counted, for the legend and the table's column: "Comments", "Times". */
  counted: string;
  color: string;
  vertical?: boolean;
  emptyText?: string;
}) {
  return (
    <BarChartFigure
      caption={props.caption}
      rowHeading={props.rowHeading}
      horizontal={!props.vertical}
      rows={props.rows.map((row) => ({ label: row.label, values: { count: row.count } }))}
      series={[{ name: 'count', label: props.counted, color: props.color }]}
      {...(props.emptyText === undefined ? {} : { emptyText: props.emptyText })}
    />
  );
}

function Summary({ report }: { report: Report }) {
  const parts: Array<[string, Rag]> = [
    ['Overall', report.rag.overall],
    ['Replies on time', report.rag.responseTimes],
    ['Staff signed', report.rag.acceptance],
    ['Staff trained', report.rag.training],
    ['Accounts with their runners', report.rag.accounts],
    ['Policy reviewed on time', report.rag.policy],
  ];
  return (
    <Section id="report-summary" title="Against the policy’s targets" how={report.ragHow}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        {parts.map(([label, rag]) => (
          <Group key={label} gap="xs">
            <RagBadge rag={rag} />
            <Text>{label}</Text>
          </Group>
        ))}
      </SimpleGrid>
    </Section>
  );
}

export function ReportView({ report }: { report: Report }) {
  const f = report.figures;
  const rt = f.responseTimes;
  return (
    <Stack gap="lg">
      <Summary report={report} />
      <Section id="report-response" title="Response times" how={rt.how}>
        <Text>
          {rt.due === 0
            ? 'No replies fell due in this period.'
            : `${rt.due} replies fell due; ${rt.answeredOnTime} on time (${pct(rt.onTimePercent)}), ${rt.answeredLate} late, ${rt.stillOverdue} still not answered.`}{' '}
          {rt.closedWithoutReply > 0 ? `${rt.closedWithoutReply} no longer needed a reply.` : ''}
        </Text>
        <BarChartFigure
          caption="Replies due each month"
          rowHeading="Month"
          stacked
          rows={rt.byMonth.map((m) => ({
            label: monthName(m.month),
            values: { onTime: m.answeredOnTime, late: m.answeredLate, overdue: m.stillOverdue },
          }))}
          series={[
            { name: 'onTime', label: 'On time', color: GREEN },
            { name: 'late', label: 'Late', color: ORANGE },
            { name: 'overdue', label: 'Not answered', color: DARK_RED },
          ]}
          emptyText=""
        />
      </Section>
      <Section id="report-comments" title="Comments by category" how={f.comments.how}>
        <Text>
          {f.comments.received} comments arrived: {f.comments.onArrival.hidden} hidden on arrival,{' '}
          {f.comments.onArrival.queued} queued for a moderator, {f.comments.onArrival.left} left up.
        </Text>
        <CountChart
          caption="Comments by the category the classifier scored highest"
          rowHeading="Category"
          rows={f.comments.byCategory.map((c) => ({ label: reportLabel.category(c.category), count: c.count }))}
          counted="Comments"
          color={BLUE}
        />
        <CountChart
          caption="Steps taken on comments"
          rowHeading="Step"
          rows={f.comments.byAction.map((a) => ({ label: reportLabel.action(a.action), count: a.count }))}
          counted="Times"
          color={BLUE}
          emptyText="No steps were taken on comments in this period."
        />
      </Section>
      <Section id="report-ladder" title="Repeat offenders" how={f.repeatOffenders.how}>
        <Text>Steps were taken against {f.repeatOffenders.authors} different commenters.</Text>
        <CountChart
          caption="Steps of the ladder taken"
          rowHeading="Step"
          rows={f.repeatOffenders.steps.map((s) => ({ label: reportLabel.step(s.step), count: s.count }))}
          counted="Times"
          color={BLUE}
          emptyText="No steps of the ladder were taken in this period."
        />
      </Section>
      <Section id="report-concerns" title="Concerns (counts only)" how={f.concerns.how}>
        <Text>
          {f.concerns.raised} concerns were raised:{' '}
          {f.concerns.byUrgency.map((u) => `${u.count} ${reportLabel.urgency(u.urgency).toLowerCase()}`).join(', ')}.
        </Text>
        <CountChart
          caption="Concerns by type"
          rowHeading="Type"
          rows={f.concerns.byType.map((t) => ({ label: reportLabel.concernType(t.type), count: t.count }))}
          counted="Concerns"
          color={BLUE}
          emptyText="No concerns were raised in this period."
        />
        <CountChart
          caption="How those concerns stand now"
          rowHeading="Now"
          rows={f.concerns.byOutcome.map((o) => ({ label: reportLabel.outcome(o.outcome), count: o.count }))}
          counted="Concerns"
          color={BLUE}
          emptyText="No concerns were raised in this period."
        />
      </Section>
      <Section id="report-people" title="Acceptance and training" how={`${f.acceptance.how} ${f.training.how}`}>
        <BarChartFigure
          caption="Staff asked to sign and to be trained, at the end of the period"
          rowHeading="Duty"
          horizontal
          stacked
          rows={[
            {
              label: `Signed the policy (${pct(f.acceptance.percent)})`,
              values: { done: f.acceptance.done, notDone: f.acceptance.inScope - f.acceptance.done },
            },
            {
              label: `Trained (${pct(f.training.percent)})`,
              values: { done: f.training.done, notDone: f.training.inScope - f.training.done },
            },
          ]}
          series={[
            { name: 'done', label: 'Done', color: GREEN },
            { name: 'notDone', label: 'Not done', color: GREY },
          ]}
          emptyText="Nobody was asked to sign or be trained."
        />
        <Text>{f.training.expiringWithin60Days} people’s training lapses within 60 days after the period.</Text>
      </Section>
      <Section id="report-accounts" title="Official accounts" how={f.accounts.how}>
        <Group gap="xs">
          <RagBadge rag={f.accounts.rag} />
          <Text>
            {f.accounts.withoutEnoughRunners} of {f.accounts.accounts} accounts have fewer than {f.accounts.minRunners}{' '}
            runners.
          </Text>
        </Group>
      </Section>
      <Section id="report-consent" title="Consent" how={f.consent.how}>
        <BarChartFigure
          caption={`Consent for each use, of ${f.consent.pupils} pupils`}
          rowHeading="Use"
          horizontal
          stacked
          rows={f.consent.uses.map((u) => ({
            label: reportLabel.consentUse(u.use),
            values: { granted: u.granted, refused: u.refused, notRecorded: u.notRecorded },
          }))}
          series={[
            { name: 'granted', label: 'Granted', color: GREEN },
            { name: 'refused', label: 'Refused or withdrawn', color: ORANGE },
            { name: 'notRecorded', label: 'Nothing to rely on', color: GREY },
          ]}
          emptyText="There are no pupils on the roll."
        />
      </Section>
      <Section id="report-policy" title="Policy versions and reviews" how={f.policy.how}>
        <List>
          <List.Item>Versions approved by governors in the period: {f.policy.approvedInPeriod}</List.Item>
          <List.Item>Versions put into force in the period: {f.policy.publishedInPeriod}</List.Item>
          {f.policy.inForce ? (
            <List.Item>
              Version {f.policy.inForce.number} in force
              {f.policy.inForce.reviewDue ? `, review due ${longDate(f.policy.inForce.reviewDue)}` : ''}
            </List.Item>
          ) : null}
          <List.Item>Review overdue: {f.policy.reviewOverdue ? 'yes' : 'no'}</List.Item>
        </List>
      </Section>
      <Section id="report-posts" title="Posts published" how={f.postsPublished.how}>
        <CountChart
          caption={`Posts published in the period, by platform (${f.postsPublished.posts} different posts)`}
          rowHeading="Platform"
          vertical
          rows={f.postsPublished.byPlatform.map((p) => ({ label: reportLabel.platform(p.platform), count: p.count }))}
          counted="Posts"
          color={BLUE}
          emptyText="No posts were published in this period."
        />
      </Section>
      <Section id="report-post-checks" title="Checks that stopped a post" how={f.postChecks.how}>
        <Text>{f.postChecks.stopped} posts were stopped by their checks in the period.</Text>
        <CountChart
          caption="Posts stopped, by the check that stopped them"
          rowHeading="Check"
          rows={f.postChecks.byCheck.map((c) => ({ label: reportLabel.check(c.check), count: c.count }))}
          counted="Posts stopped"
          color={ORANGE}
          emptyText="No post was stopped by its checks in this period."
        />
      </Section>
      {report.notIncluded.length ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="report-missing">
          <Title order={2} size="h3" id="report-missing" mb="xs">
            Not in this report yet
          </Title>
          {report.notIncluded.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </Card>
      ) : null}
    </Stack>
  );
}
