// The app's status badge: the word carries the meaning and the colour repeats it (WCAG 1.4.1). Dark text on a pale
// fill with a border keeps each pair above 4.5:1 at badge size, where Mantine's light badges fall short; sentence
// case and no truncation, because "ACTIVE" cut to "AC..." in a narrow column says nothing.
import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

export interface BadgeColours {
  bg: string;
  c: string;
}

export function WordBadge({
  colours,
  title,
  children,
}: {
  colours: BadgeColours;
  title?: string;
  children: ReactNode;
}) {
  return (
    <Badge
      bg={colours.bg}
      c={colours.c}
      variant="light"
      radius="sm"
      tt="none"
      fz="xs"
      style={{ border: '1px solid currentColor', flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
      {...(title ? { title } : {})}
    >
      {children}
    </Badge>
  );
}
