import { Button, Group, Input, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_TYPES,
  type CreateTrainingRequest,
  type EvidenceUpload,
  type TrainingKind,
} from '@schoolgate/contracts';
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { fileToBase64 } from '../api/training';
import { KIND_LABELS } from './kind-labels';

interface RecordTrainingFormProps {
  people: Array<{ staffId: string; name: string }>;
  staffId: string | null;
  validityMonths: number;
  pending: boolean;
  error: unknown;
  onSubmit: (input: CreateTrainingRequest) => void;
  onCancel: () => void;
}

const KIND_OPTIONS = (Object.keys(KIND_LABELS) as TrainingKind[]).map((value) => ({
  value,
  label: KIND_LABELS[value],
}));

export function RecordTrainingForm(props: RecordTrainingFormProps) {
  const { people, validityMonths, pending, error, onSubmit, onCancel } = props;
  const [staffId, setStaffId] = useState(props.staffId ?? people[0]?.staffId ?? '');
  const [kind, setKind] = useState<TrainingKind>('induction');
  const [title, setTitle] = useState('');
  const [completedOn, setCompletedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const fileId = useId();
  const fieldError = (field: string) => local[field] ?? (isApiError(error) ? error.fieldMessage(field) : undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (completedOn === '') problems.completedOn = 'Enter the date the training was completed.';
    if (file && !(EVIDENCE_TYPES as readonly string[]).includes(file.type))
      problems.evidence = 'Choose a PDF, PNG or JPEG file.';
    if (file && file.size > EVIDENCE_MAX_BYTES) problems.evidence = 'The file is larger than 10 MB.';
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const evidence: EvidenceUpload | undefined = file
      ? {
          fileName: file.name,
          contentType: file.type as EvidenceUpload['contentType'],
          base64: await fileToBase64(file),
        }
      : undefined;
    onSubmit({
      staffId,
      kind,
      title: title.trim() === '' ? null : title.trim(),
      completedOn,
      ...(expiresOn !== '' ? { expiresOn } : {}),
      ...(evidence ? { evidence } : {}),
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} title="The training was not saved" />
        <NativeSelect
          label="Member of staff"
          data={people.map((p) => ({ value: p.staffId, label: p.name }))}
          value={staffId}
          onChange={(e) => setStaffId(e.currentTarget.value)}
          error={fieldError('staffId')}
        />
        <NativeSelect
          label="Kind of training"
          data={KIND_OPTIONS}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as TrainingKind)}
          error={fieldError('kind')}
        />
        <TextInput
          label="Course or title (optional)"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label="Date completed"
            required
            value={completedOn}
            onChange={(e) => setCompletedOn(e.currentTarget.value)}
            error={fieldError('completedOn')}
          />
          <TextInput
            type="date"
            label="Expiry date (optional)"
            description={`Left blank: ${validityMonths} months after completion, as the policy sets.`}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
            error={fieldError('expiresOn')}
          />
        </SimpleGrid>
        <Input.Wrapper
          label="Certificate (optional)"
          description="A PDF, PNG or JPEG file up to 10 MB."
          labelProps={{ htmlFor: fileId }}
          error={fieldError('evidence')}
        >
          <input
            id={fileId}
            type="file"
            accept={EVIDENCE_TYPES.join(',')}
            aria-invalid={fieldError('evidence') ? true : undefined}
            style={{ display: 'block', marginTop: 6 }}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </Input.Wrapper>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Save training
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
