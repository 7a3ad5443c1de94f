import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { AccountRequestItem, CreateAccountRequest, StaffOption } from '@schoolgate/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useRequestAccount, useRunnerOptions } from '../api/accounts';
import { GAP_LABELS } from './labels';

/** What a member of staff still lacks, in words ("has not signed the policy, training not in date"), or "Ready". */
export const readinessOf = (missing: StaffOption['missing']) =>
  missing.length === 0 ? 'Ready' : missing.map((m) => GAP_LABELS[m]).join(', ');

const EMPTY = {
  platform: '',
  handle: '',
  aim: '',
  audience: '',
  promotion: '',
  visibility: '',
  runnerStaffIds: [] as string[],
};

/** The business case for a new official account (004), with the runners who will run it. */
export function RequestForm({ onSent }: { onSent: (request: AccountRequestItem) => void }) {
  const staff = useRunnerOptions(true);
  const send = useRequestAccount();
  const [form, setForm] = useState(EMPTY);
  const fieldError = (field: string) => (isApiError(send.error) ? send.error.fieldMessage(field) : undefined);
  const text = (field: 'handle' | 'aim' | 'audience' | 'promotion') => ({
    value: form[field],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [field]: e.currentTarget.value }),
    error: fieldError(field),
    required: true,
  });
  const notReady = (staff.data?.items ?? []).filter((s) => form.runnerStaffIds.includes(s.id) && s.missing.length > 0);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send.mutate(form as unknown as CreateAccountRequest, {
      onSuccess: (request) => {
        setForm(EMPTY);
        onSent(request);
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Request a new account">
      <Stack gap="md" maw={640}>
        <ErrorAlert error={send.error ?? staff.error} title="The request could not be sent" />
        <NativeSelect
          label="Platform"
          required
          data={[
            { value: '', label: 'Choose a platform' },
            { value: 'facebook', label: 'Facebook' },
            { value: 'instagram', label: 'Instagram' },
            { value: 'x', label: 'X' },
          ]}
          value={form.platform}
          onChange={(e) => setForm({ ...form, platform: e.currentTarget.value })}
          error={fieldError('platform')}
        />
        <TextInput label="Name or handle you would like" {...text('handle')} />
        <Textarea label="What the account is for" autosize minRows={2} {...text('aim')} />
        <Textarea label="Who it is for" autosize minRows={2} {...text('audience')} />
        <Textarea label="How people will hear of it" autosize minRows={2} {...text('promotion')} />
        <Radio.Group
          label="Open or closed"
          required
          value={form.visibility}
          onChange={(visibility) => setForm({ ...form, visibility })}
          error={fieldError('visibility')}
        >
          <Group mt="xs">
            <Radio value="open" label="Open: anyone can see it" />
            <Radio value="closed" label="Closed: only people the school accepts" />
          </Group>
        </Radio.Group>
        <Checkbox.Group
          label="Runners"
          description="At least two members of staff who will run the account. Before it can be approved each must have signed the policy in force and have training in date."
          required
          value={form.runnerStaffIds}
          onChange={(runnerStaffIds) => setForm({ ...form, runnerStaffIds })}
          error={fieldError('runnerStaffIds')}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs" spacing="xs">
            {(staff.data?.items ?? []).map((s) => (
              <Checkbox
                key={s.id}
                value={s.id}
                label={s.name}
                description={readinessOf(s.missing)}
                styles={s.missing.length > 0 ? { description: { color: 'var(--mantine-color-red-9)' } } : undefined}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        {notReady.length > 0 ? (
          <Alert color="orange" variant="light" title="Not ready to run an account yet">
            You can send the request, but it cannot be approved until{' '}
            {notReady.length === 1 ? 'this runner is' : 'these runners are'} ready:{' '}
            {notReady.map((s) => `${s.name} (${readinessOf(s.missing)})`).join('; ')}.
          </Alert>
        ) : null}
        <Button type="submit" loading={send.isPending} style={{ alignSelf: 'flex-start' }}>
          Send the request
        </Button>
      </Stack>
    </form>
  );
}
