import { Anchor, Badge, Group, Stack, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

interface SettingRowProps {
  label: string;
  /** Omitted in trust mode, where every value is the trust's own. */
  source?: 'trust' | 'school';
  canReset: boolean;
  onReset: () => void;
  children: ReactNode;
}

/** One setting: its editor, where its value comes from, and a way back to the trust's value. */
export function SettingRow({ label, source, canReset, onReset, children }: SettingRowProps) {
  return (
    <Stack gap={6}>
      {source ? (
        <Group gap="xs">
          <Badge size="sm" variant="light" color={source === 'school' ? 'grape' : 'gray'}>
            {source === 'school' ? 'Set by this school' : 'From the trust'}
          </Badge>
          {source === 'school' && canReset ? (
            <Anchor component="button" type="button" size="sm" onClick={onReset}>
              Use the trust&apos;s value<VisuallyHidden> for {label.toLowerCase()}</VisuallyHidden>
            </Anchor>
          ) : null}
        </Group>
      ) : null}
      {children}
    </Stack>
  );
}
