import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PolicySettingsResponse } from '@schoolgate/contracts';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useResetPolicyFields, useUpdatePolicySettings, type SettingsScope } from '../api/policy';
import { ClosuresEditor, type Closure } from './closures-editor';
import { CommentRulesEditor } from './comment-rules-editor';
import { SettingRow } from './setting-row';

interface SettingsFormProps {
  data: PolicySettingsResponse;
  scope: SettingsScope;
  canEdit: boolean;
}

type Values = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function Group_({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="fieldset" style={{ minWidth: 0 }}>
      <Title order={3} size="h4" component="legend" px={4}>
        {title}
      </Title>
      <Stack gap="lg" mt="xs">
        {children}
      </Stack>
    </Paper>
  );
}

/** The main settings as a readable form; saves only what changed, and names any field the API refuses. */
export function SettingsForm({ data, scope, canEdit }: SettingsFormProps) {
  const saved = useMemo(() => Object.fromEntries(data.fields.map((f) => [f.field, f.value])) as Values, [data]);
  const sources = useMemo(() => Object.fromEntries(data.fields.map((f) => [f.field, f.source])), [data]);
  const [values, setValues] = useState<Values>(saved);
  const update = useUpdatePolicySettings(scope);
  const reset = useResetPolicyFields();
  const error = update.error ?? reset.error;
  const fieldError = (field: string) => (isApiError(error) ? error.fieldMessage(field) : undefined);
  const set = (field: string, value: unknown) => setValues((current) => ({ ...current, [field]: value }));
  const changed = Object.keys(values).filter((field) => !same(values[field], saved[field]));

  const row = (field: string | string[], label: string, editor: ReactNode) => {
    const fields = [field].flat();
    const source = scope === 'school' ? (fields.some((f) => sources[f] === 'school') ? 'school' : 'trust') : undefined;
    return (
      <SettingRow
        key={fields[0]}
        label={label}
        source={source}
        canReset={canEdit}
        onReset={() =>
          reset.mutate(fields, {
            onSuccess: () => notifications.show({ message: `${label}: back to the trust's value.`, color: 'green' }),
          })
        }
      >
        {editor}
      </SettingRow>
    );
  };
  const numberField = (field: string, label: string, description: string, min: number, max: number) =>
    row(
      field,
      label,
      <NumberInput
        label={label}
        description={description}
        min={min}
        max={max}
        allowDecimal={false}
        w={260}
        disabled={!canEdit}
        value={values[field] as number}
        onChange={(value) => set(field, typeof value === 'number' ? value : Number(value))}
        error={fieldError(field)}
      />,
    );
  const choicesField = (field: string, label: string, options: { value: string; label: string }[]) =>
    row(
      field,
      label,
      <Checkbox.Group
        label={label}
        value={values[field] as string[]}
        onChange={(picked) => set(field, picked)}
        error={fieldError(field)}
      >
        <Stack gap={6} mt="xs">
          {options.map((option) => (
            <Checkbox key={option.value} value={option.value} label={option.label} disabled={!canEdit} />
          ))}
        </Stack>
      </Checkbox.Group>,
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes = Object.fromEntries(changed.map((field) => [field, values[field]]));
    update.mutate(changes, {
      onSuccess: () => notifications.show({ message: 'The settings have been saved.', color: 'green' }),
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={scope === 'school' ? 'School policy settings' : 'Trust default settings'}
    >
      <Stack gap="lg">
        <ErrorAlert error={error} title="The settings could not be saved" />
        <Group_ title="Where the school posts">
          {choicesField('platforms', 'Platforms the school uses', data.vocabulary.platforms)}
        </Group_>
        <Group_ title="Answering comments and messages">
          {numberField(
            'response.hours',
            'Hours to respond',
            'How long the school has to answer a comment or message.',
            1,
            336,
          )}
          {row(
            'response.counting',
            'How the hours are counted',
            <Radio.Group
              label="How the hours are counted"
              value={values['response.counting'] as string}
              onChange={(value) => set('response.counting', value)}
              error={fieldError('response.counting')}
            >
              <Stack gap={6} mt="xs">
                {data.vocabulary.countings.map((option) => (
                  <Radio key={option.value} value={option.value} label={option.label} disabled={!canEdit} />
                ))}
              </Stack>
            </Radio.Group>,
          )}
          {row(
            ['response.workingDay.start', 'response.workingDay.end'],
            'Office hours',
            <SimpleGrid cols={{ base: 1, sm: 2 }} maw={420}>
              <TextInput
                label="Office opens"
                type="time"
                disabled={!canEdit}
                value={values['response.workingDay.start'] as string}
                onChange={(e) => set('response.workingDay.start', e.currentTarget.value)}
                error={fieldError('response.workingDay.start')}
              />
              <TextInput
                label="Office closes"
                type="time"
                disabled={!canEdit}
                value={values['response.workingDay.end'] as string}
                onChange={(e) => set('response.workingDay.end', e.currentTarget.value)}
                error={fieldError('response.workingDay.end')}
              />
            </SimpleGrid>,
          )}
          {row(
            'calendar.nation',
            'Bank holidays',
            <NativeSelect
              label="Bank holidays of"
              w={320}
              disabled={!canEdit}
              data={data.vocabulary.nations}
              value={values['calendar.nation'] as string}
              onChange={(e) => set('calendar.nation', e.currentTarget.value)}
              error={fieldError('calendar.nation')}
            />,
          )}
          {row(
            'calendar.closures',
            'Closure days',
            <ClosuresEditor
              closures={values['calendar.closures'] as Closure[]}
              disabled={!canEdit}
              onChange={(closures) => set('calendar.closures', closures)}
              fieldError={fieldError}
            />,
          )}
        </Group_>
        <Group_ title="Posts">
          {choicesField('posts.allowedCategories', 'What the school may post about', data.vocabulary.postCategories)}
          {numberField('posts.approvalsRequired', 'Approvals before a post goes out', 'From 0 to 3 people.', 0, 3)}
        </Group_>
        <Group_ title="Comments on the school's posts">
          {row(
            data.vocabulary.commentCategories.flatMap((c) => [
              `moderation.categories.${c.value}.hideAt`,
              `moderation.categories.${c.value}.queueAt`,
            ]),
            'What happens to each kind of comment',
            <CommentRulesEditor
              categories={data.vocabulary.commentCategories}
              defaults={data.vocabulary.defaultScores}
              values={values}
              disabled={!canEdit}
              onChange={set}
            />,
          )}
        </Group_>
        <Group_ title="Staff and review">
          {numberField(
            'people.training.validityMonths',
            'Training lasts (months)',
            'After this, staff need a refresher.',
            1,
            60,
          )}
          {numberField(
            'review.cycleMonths',
            'Review the policy every (months)',
            'Counted from the governors’ approval.',
            1,
            60,
          )}
        </Group_>
        {canEdit ? (
          <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
            <Button variant="default" disabled={changed.length === 0} onClick={() => setValues(saved)}>
              Undo changes
            </Button>
            <Button type="submit" loading={update.isPending} disabled={changed.length === 0}>
              {changed.length === 0
                ? 'No changes to save'
                : `Save ${changed.length === 1 ? '1 change' : `${changed.length} changes`}`}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
