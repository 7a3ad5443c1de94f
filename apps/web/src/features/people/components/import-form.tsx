import { Button, Group, Input, Radio, Stack } from '@mantine/core';
import type { ImportRequest } from '@schoolgate/contracts';
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';

type Kind = ImportRequest['kind'];

interface ImportFormProps {
  kinds: readonly Kind[];
  kind: Kind;
  onKindChange: (kind: Kind) => void;
  pending: boolean;
  error: unknown;
  onSubmit: (request: ImportRequest) => void;
}

export function ImportForm({ kinds, kind, onKindChange, pending, error, onSubmit }: ImportFormProps) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const fileError = localError ?? (isApiError(error) ? error.fieldMessage('csv') : undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setLocalError('Choose a CSV file to import.');
      return;
    }
    setLocalError(null);
    // The API takes the file's text in JSON, so the browser reads it here; no multipart upload to handle.
    onSubmit({ kind, csv: await file.text() });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Import people">
      <Stack gap="md">
        <ErrorAlert error={error} title="The file could not be imported" />
        <Radio.Group
          label="What are you importing?"
          value={kind}
          onChange={(value) => onKindChange(value as Kind)}
          required
        >
          <Group mt="xs">
            {kinds.includes('staff') ? <Radio value="staff" label="Staff" /> : null}
            {kinds.includes('pupils') ? <Radio value="pupils" label="Pupils" /> : null}
          </Group>
        </Radio.Group>
        <Input.Wrapper
          label="CSV file"
          description="A .csv file exported from your MIS, with a header row."
          labelProps={{ htmlFor: fileId }}
          error={fileError}
          required
        >
          <input
            id={fileId}
            type="file"
            name="csv"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            style={{ display: 'block', marginTop: 6 }}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setLocalError(null);
            }}
          />
        </Input.Wrapper>
        <Group>
          <Button type="submit" loading={pending}>
            Upload and import
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
