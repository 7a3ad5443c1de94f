import { Stack } from '@mantine/core';
import { PageHeader } from '../../../components/page-header';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { CoveragePanel } from '../components/coverage-panel';
import { MyTraining } from '../components/my-training';
import { StatementCard } from '../components/statement-card';
import { TrainingPanel } from '../components/training-panel';

export function TrainingRoute() {
  const me = useSession();
  return (
    <>
      <PageHeader
        title="Training and acceptance"
        description="Sign the school's Statement of Acceptance for its social media policy, and see your training."
      />
      <Stack gap="lg">
        <StatementCard />
        {can(me, 'read:acceptance') ? <CoveragePanel canRemind={can(me, 'remind:acceptance')} /> : null}
        {can(me, 'read:training') ? (
          <TrainingPanel canRecord={can(me, 'create:training')} canRemind={can(me, 'remind:training')} />
        ) : null}
        <MyTraining />
      </Stack>
    </>
  );
}
