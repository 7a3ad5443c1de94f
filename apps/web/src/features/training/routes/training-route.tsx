import { Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { CoveragePanel } from '../components/coverage-panel';
import { MyTraining } from '../components/my-training';
import { StatementCard } from '../components/statement-card';
import { TrainingPanel } from '../components/training-panel';

export function TrainingRoute() {
  const me = useSession();
  useScrollToHash();
  return (
    <>
      <PageHeader
        title="Training and acceptance"
        description="Sign the school's Statement of Acceptance for its social media policy, and see your training."
      />
      <Stack gap="lg">
        <StatementCard />
        {can(me, 'read:acceptance') ? (
          <CoveragePanel canRemind={can(me, 'remind:acceptance')} canInvite={can(me, 'create:staff')} />
        ) : null}
        {can(me, 'read:training') ? (
          <TrainingPanel canRecord={can(me, 'create:training')} canRemind={can(me, 'remind:training')} />
        ) : null}
        <MyTraining />
      </Stack>
    </>
  );
}

/**
 * A link from the dashboard names one person's row (/training#staff-<id>); the tables load after the page, so look
 * for the row for a few seconds and bring it into view once it is there.
 */
function useScrollToHash() {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const id = decodeURIComponent(hash.slice(1));
    let tries = 0;
    const timer = window.setInterval(() => {
      const row = document.getElementById(id);
      tries += 1;
      if (row || tries > 40) window.clearInterval(timer);
      if (row) {
        row.scrollIntoView({ block: 'center' });
        row.setAttribute('data-highlighted', 'true');
      }
    }, 150);
    return () => window.clearInterval(timer);
  }, [hash]);
}
