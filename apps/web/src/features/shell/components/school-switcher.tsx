import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MeResponse } from '@schoolgate/contracts';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/api-client';
import { roleLabel } from '../../../lib/roles';
import { useSwitchSchool } from '../api/switch-school';

/** For trust staff who work across several schools; a menu rather than a select, so choosing is a deliberate act. */
export function SchoolSwitcher({ me }: { me: MeResponse }) {
  const switchSchool = useSwitchSchool();
  const navigate = useNavigate();
  const choose = (schoolId: string, name: string) =>
    switchSchool.mutate(schoolId, {
      onSuccess: () => {
        navigate('/');
        notifications.show({ message: `You are now working in ${name}.`, color: 'green' });
      },
      onError: (error) =>
        notifications.show({ title: 'Could not switch school', message: errorMessage(error), color: 'red' }),
    });

  const firstOther = me.schools.find((school) => school.id !== me.school?.id);

  return (
    // No focus placeholder: it is a non-item child of role="menu", which screen readers and axe reject. Instead the
    // first school you can switch to takes focus when the menu opens, and the arrow keys move from there.
    <Menu position="bottom-start" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button variant="default" size="xs" loading={switchSchool.isPending}>
          Switch school
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label="Schools you can work in">
        {me.schools.map((school) => (
          <Menu.Item
            key={school.id}
            data-autofocus={school.id === firstOther?.id ? true : undefined}
            onClick={() => choose(school.id, school.name)}
            disabled={school.id === me.school?.id}
            rightSection={school.id === me.school?.id ? '(current)' : roleLabel(school.role)}
          >
            {school.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
