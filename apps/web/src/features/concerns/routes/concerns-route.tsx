import { Stack } from '@mantine/core';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../../lib/session-context';
import { MyConcerns } from '../components/my-concerns';
import { PublicLinkCard } from '../components/public-link-card';
import { TeamConcernList } from '../components/team-concern-list';

// The roles that may follow some concerns up: the DSL team and the head, the office (parents' complaints) and the
// chair of governors (allegations about the head). Which governor is the chair only the API knows: for any other
// governor the list answers 403 and hides itself.
const TEAM_ROLES = ['head', 'dsl', 'deputy_dsl', 'account_admin', 'governor'];
// Those who put the parents' page where parents will find it: the website and the accounts' bios.
const PUBLISHES_LINK = ['head', 'slt', 'dsl', 'deputy_dsl', 'account_admin'];

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
        {PUBLISHES_LINK.includes(me.role) ? <PublicLinkCard /> : null}
      </Stack>
    </>
  );
}
