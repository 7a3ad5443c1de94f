import { NativeSelect, SimpleGrid } from '@mantine/core';
import type { PolicyChoice } from '@schoolgate/contracts';

interface CommentRulesEditorProps {
  categories: PolicyChoice[];
  defaults: { hideAt: number; queueAt: number };
  values: Record<string, unknown>;
  disabled: boolean;
  onChange: (field: string, value: unknown) => void;
}

const ACTIONS = [
  { value: 'hide', label: 'Hide at once (unsure ones go to a moderator)' },
  { value: 'queue', label: 'Send to a moderator' },
  { value: 'leave', label: 'Leave it' },
];

/**
 * One choice per kind of comment. The settings hold two scores per kind (hide from, queue from); the form offers
 * the three outcomes people think in and keeps any scores already set, using the template's scores otherwise.
 */
export function CommentRulesEditor({ categories, defaults, values, disabled, onChange }: CommentRulesEditorProps) {
  return (
    // Aligned at the bottom, so the choices line up when one label runs to two lines.
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'end' }}>
      {categories.map((category) => {
        const hideField = `moderation.categories.${category.value}.hideAt`;
        const queueField = `moderation.categories.${category.value}.queueAt`;
        const hideAt = values[hideField] as number | null;
        const queueAt = values[queueField] as number | null;
        const action = hideAt !== null ? 'hide' : queueAt !== null ? 'queue' : 'leave';
        const choose = (next: string) => {
          if (next === 'hide') {
            const hide = hideAt ?? defaults.hideAt;
            onChange(hideField, hide);
            onChange(queueField, Math.min(queueAt ?? defaults.queueAt, hide));
          } else if (next === 'queue') {
            onChange(hideField, null);
            onChange(queueField, queueAt ?? defaults.queueAt);
          } else {
            onChange(hideField, null);
            onChange(queueField, null);
          }
        };
        return (
          <NativeSelect
            key={category.value}
            label={category.label}
            data={ACTIONS}
            value={action}
            disabled={disabled}
            onChange={(e) => choose(e.currentTarget.value)}
          />
        );
      })}
    </SimpleGrid>
  );
}
