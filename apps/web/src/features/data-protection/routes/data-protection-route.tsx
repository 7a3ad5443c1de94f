import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeader } from '../../../components/page-header';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { LegalHolds } from '../components/legal-holds';
import { RetentionSchedule } from '../components/retention-schedule';
import { SubjectRequests } from '../components/subject-requests';

function Section({ id, title, intro, children }: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" mb="xl" component="section" aria-labelledby={id}>
      <Title order={2} fz="lg" id={id} mb={4}>
        {title}
      </Title>
      <Text c="dimmed" mb="md">
        {intro}
      </Text>
      {children}
    </Paper>
  );
}

export function DataProtectionRoute() {
  const me = useSession();
  if (!can(me, 'read:personal_data')) return <NoAccess title="Data protection" />;
  return (
    <>
      <PageHeader
        title="Data protection"
        description="How long the school keeps what Schoolgate holds, records kept for legal reasons, and requests from the people the records are about."
      />
      <Section
        id="retention-title"
        title="How long records are kept"
        intro="Every night Schoolgate deletes or anonymises what has passed its period, and records the counts in the audit log."
      >
        <RetentionSchedule />
      </Section>
      <Section
        id="requests-title"
        title="Subject access and erasure requests"
        intro="Answer within one month. The download holds everything Schoolgate keeps about the person; erasure is refused, with the reason, where the law requires the school to keep the record."
      >
        <SubjectRequests />
      </Section>
      <Section
        id="holds-title"
        title="Legal holds"
        intro="A record on hold is kept past its period and cannot be erased until the hold is lifted."
      >
        <LegalHolds canEdit={can(me, 'update:personal_data')} />
      </Section>
    </>
  );
}
