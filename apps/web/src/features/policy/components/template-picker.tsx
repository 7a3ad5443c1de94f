import { Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PolicyTemplateSummary } from '@schoolgate/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useApplyPolicyTemplate, type SettingsScope } from '../api/policy';

interface TemplatePickerProps {
  templates: PolicyTemplateSummary[];
  scope: SettingsScope;
  currentTemplateId: string | null;
}

/** Start from one of the ready-made policies, then adjust it field by field below. */
export function TemplatePicker({ templates, scope, currentTemplateId }: TemplatePickerProps) {
  const apply = useApplyPolicyTemplate(scope);
  const [picked, setPicked] = useState<string>('');
  const chosen = templates.find((template) => template.id === picked);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Start from a template
        </Title>
        <Text size="sm">
          {scope === 'school'
            ? "Replaces this school's settings with the template's. Where the template agrees with the trust, the school goes on following the trust."
            : "Replaces the trust's defaults. Schools keep the settings they have set themselves."}
        </Text>
        <Radio.Group value={picked} onChange={setPicked} label="Templates" aria-describedby={undefined}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mt="xs">
            {templates.map((template) => (
              <Radio.Card key={template.id} value={template.id} p="sm" radius="md" withBorder>
                <Group wrap="nowrap" align="flex-start">
                  <Radio.Indicator />
                  <div>
                    <Text fw={600}>
                      {template.name}
                      {template.id === currentTemplateId ? ' (the trust’s starting point)' : ''}
                    </Text>
                    <Text size="sm">{template.suits}</Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        <ErrorAlert error={apply.error} title="The template could not be applied" />
        <Group>
          <Button
            disabled={!chosen}
            loading={apply.isPending}
            onClick={() =>
              chosen &&
              apply.mutate(chosen.id, {
                onSuccess: () => {
                  setPicked('');
                  notifications.show({ message: `Settings now start from "${chosen.name}".`, color: 'green' });
                },
              })
            }
          >
            {chosen ? `Use "${chosen.name}"` : 'Choose a template first'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
