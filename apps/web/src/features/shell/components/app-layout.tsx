import { AppShell, Box, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { useSession } from '../../../lib/session-context';
import { RaiseConcernButton } from '../../concerns/components/raise-concern-button';
import { HeaderBar } from './header-bar';
import { MainNav } from './main-nav';
import { PhoneIdentity } from './phone-identity';
import { SkipLink } from './skip-link';

/** The frame of every signed-in page: banner, navigation and the main region, each a landmark. */
export function AppLayout() {
  const me = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="lg"
      >
        <AppShell.Header>
          <HeaderBar me={me} navOpened={opened} onToggleNav={toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="main-navigation" aria-label="Main navigation">
          <PhoneIdentity me={me} />
          {me.school ? (
            <Box hiddenFrom="sm" px="sm" pb="sm">
              <RaiseConcernButton fullWidth />
            </Box>
          ) : null}
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pb="xs" aria-hidden="true">
            Menu
          </Text>
          <MainNav me={me} onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
