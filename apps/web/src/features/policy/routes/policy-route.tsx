import { Stack, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { DocumentPanel } from '../components/document-panel';
import { HistoryPanel } from '../components/history-panel';
import { SettingsPanel } from '../components/settings-panel';
import { VersionsPanel } from '../components/versions-panel';
import { TrustWordsPanel, WordsPanel } from '../components/words-panel';

const TABS = ['document', 'words', 'versions', 'settings', 'trust'] as const;
type Tab = (typeof TABS)[number];

export function PolicyRoute() {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  if (!can(me, 'read:policy')) return <NoAccess title="Policy" />;
  const showTrust = can(me, 'read:trust_policy');
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && TABS.includes(asked) && (asked !== 'trust' || showTrust) ? asked : 'document';

  return (
    <>
      <PageHeader
        title="Social media policy"
        description="The policy in force, its versions and the settings it is made from. The published version is the one in force."
      />
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'document' ? { tab: next } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="document">The policy</Tabs.Tab>
          <Tabs.Tab value="words">{can(me, 'update:policy') ? 'Edit the policy' : 'Clauses'}</Tabs.Tab>
          <Tabs.Tab value="versions">Versions</Tabs.Tab>
          <Tabs.Tab value="settings">Settings</Tabs.Tab>
          {showTrust ? <Tabs.Tab value="trust">Trust defaults</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="document">
          <DocumentPanel />
        </Tabs.Panel>
        <Tabs.Panel value="words">
          <WordsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <VersionsPanel />
          <HistoryPanel />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <SettingsPanel scope="school" canEdit={can(me, 'update:policy')} />
        </Tabs.Panel>
        {showTrust ? (
          <Tabs.Panel value="trust">
            <Stack gap="xl">
              <SettingsPanel scope="trust" canEdit={can(me, 'update:trust_policy')} />
              <TrustWordsPanel />
            </Stack>
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
