import { Divider, Stack, Text } from '@mantine/core';
import type { MeResponse } from '@schoolgate/contracts';
import { roleLabel } from '../../../lib/roles';
import { SchoolSwitcher } from './school-switcher';

/**
 * On a phone the header has room only for the menu button, the name and Sign out, so who you are and which school
 * you are in move to the top of the folded menu.
 */
export function PhoneIdentity({ me }: { me: MeResponse }) {
  return (
    <Stack gap={4} hiddenFrom="sm" px="sm" pb="sm">
      <Text fw={700}>{me.school?.name ?? 'No school chosen'}</Text>
      <Text size="sm">
        {me.user.displayName}, {roleLabel(me.role)}
      </Text>
      {me.schools.length > 1 ? <SchoolSwitcher me={me} /> : null}
      <Divider mt="xs" />
    </Stack>
  );
}
