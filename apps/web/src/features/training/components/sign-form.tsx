import { Blockquote, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import type { PolicyDocumentBlock, SignAcceptanceRequest } from '@schoolgate/contracts';
import { PolicyBlocks } from '../../../components/policy-blocks';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';

interface SignFormProps {
  versionId: string;
  statement: string;
  statementBlocks?: PolicyDocumentBlock[] | null | undefined;
  expectedName: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: SignAcceptanceRequest) => void;
}

/** The statement, a typed name and a tick, as on the paper form it replaces. */
export function SignForm({
  versionId,
  statement,
  statementBlocks,
  expectedName,
  pending,
  error,
  onSubmit,
}: SignFormProps) {
  const [typedName, setTypedName] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [local, setLocal] = useState<{ typedName?: string; confirmed?: string }>({});
  const serverField = (field: string) => (isApiError(error) ? error.fieldMessage(field) : undefined);
  // A field error from the server says it better; show the page-level alert only for anything else.
  const fieldLevel = isApiError(error) && error.fields.length > 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = {
      ...(typedName.trim() === '' ? { typedName: 'Type your full name.' } : {}),
      ...(!confirmed ? { confirmed: 'Tick the box to confirm.' } : {}),
    };
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    onSubmit({ versionId, typedName, confirmed: true });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Sign the Statement of Acceptance">
      <Stack gap="md">
        {fieldLevel ? null : <ErrorAlert error={error} title="Your signature was not saved" />}
        <Blockquote color="blue" p="md" styles={{ root: { fontSize: 'var(--mantine-font-size-md)' } }}>
          {statementBlocks && statementBlocks.length > 0 ? <PolicyBlocks blocks={statementBlocks} /> : statement}
        </Blockquote>
        <TextInput
          label="Your full name"
          description={`Type it as the school has it: ${expectedName}.`}
          autoComplete="name"
          required
          value={typedName}
          onChange={(e) => {
            setTypedName(e.currentTarget.value);
            setLocal((l) => ({ ...l, typedName: undefined }));
          }}
          error={local.typedName ?? serverField('typedName')}
        />
        <Checkbox
          label="I confirm that the statement above is true for me."
          checked={confirmed}
          onChange={(e) => {
            setConfirmed(e.currentTarget.checked);
            setLocal((l) => ({ ...l, confirmed: undefined }));
          }}
          error={local.confirmed ?? serverField('confirmed')}
        />
        <Text size="sm" c="dimmed">
          Schoolgate records your name, the time and the address you sign from, with a fingerprint of the exact policy
          version you signed.
        </Text>
        <Group>
          <Button type="submit" loading={pending}>
            Sign the statement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
