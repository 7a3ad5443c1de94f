// The row of buttons that moves between the pages of one section (People, Moderation). A link is a button that
// looks pressed on its own page, and says so to screen readers with aria-current.
import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';

export interface SectionLink {
  to: string;
  label: string;
}

export function SectionNav({ label, links }: { label: string; links: readonly SectionLink[] }) {
  const { pathname } = useLocation();
  return (
    <nav aria-label={label}>
      <Group gap="xs" mb="lg">
        {links.map((link) => {
          const active = pathname === link.to;
          return (
            <Button
              key={link.to}
              component={Link}
              to={link.to}
              variant={active ? 'filled' : 'default'}
              aria-current={active ? 'page' : undefined}
            >
              {link.label}
            </Button>
          );
        })}
      </Group>
    </nav>
  );
}
