import { Stack } from '@mantine/core';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../../lib/session-context';
import { MyConcerns } from '../components/my-concerns';
import { TeamConcernList } from '../components/team-concern-list';

// The roles that follow concerns up. The chair of governors opens an allegation about the head from its notification.
const TEAM_ROLES = ['head', 'dsl', 'deputy_dsl'];

export function ConcernsRoute() {
  const me = useSession();
  return (
    <>
      <PageHeader
        title="Concerns"
        description="Safeguarding concerns about social media: raise one with the red button at the top of any page."
      />
      <Stack gap="lg">
        {TEAM_ROLES.includes(me.role) ? <TeamConcernList /> : null}
        <MyConcerns />
      </Stack>
    </>
  );
}
