import { Anchor, Box, Burger, Button, Group, Stack, Text } from '@mantine/core';
import type { MeResponse } from '@schoolgate/contracts';
import { Link, useNavigate } from 'react-router';
import { roleLabel } from '../../../lib/roles';
import { useSignOut } from '../../auth/api/sign-in';
import { SchoolSwitcher } from './school-switcher';
import { NotificationsMenu } from '../../notifications/components/notifications-menu';
import { RaiseConcernButton } from '../../concerns/components/raise-concern-button';

interface HeaderBarProps {
  me: MeResponse;
  navOpened: boolean;
  onToggleNav: () => void;
}

export function HeaderBar({ me, navOpened, onToggleNav }: HeaderBarProps) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
      <Group gap="xs" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? 'Close the menu' : 'Open the menu'}
          aria-expanded={navOpened}
          aria-controls="main-navigation"
        />
        <Anchor component={Link} to="/" fw={800} fz={{ base: 'lg', sm: 'xl' }} c="blue.9" underline="never">
          Schoolgate
        </Anchor>
        <Group gap="xs" wrap="nowrap" visibleFrom="sm">
          <Text fw={600} data-testid="current-school">
            {me.school?.name ?? 'No school chosen'}
          </Text>
          {me.schools.length > 1 ? <SchoolSwitcher me={me} /> : null}
        </Group>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Stack gap={0} align="flex-end" visibleFrom="sm">
          <Text fw={600} size="sm">
            {me.user.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {roleLabel(me.role)}
          </Text>
        </Stack>
        {me.school ? (
          <Box visibleFrom="sm">
            <RaiseConcernButton />
          </Box>
        ) : null}
        <NotificationsMenu />
        <Button
          variant="default"
          size="sm"
          px={{ base: 'xs', sm: 'md' }}
          loading={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) })}
        >
          Sign out
        </Button>
      </Group>
    </Group>
  );
}
