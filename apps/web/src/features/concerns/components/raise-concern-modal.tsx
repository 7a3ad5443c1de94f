// The "Raise a concern" dialog, reachable from every page through the header. A few clicks: what it is about, what
// happened, when, who is involved, how urgent, and screenshots. The server checks the files again by their bytes.
import {
  Alert,
  Badge,
  Button,
  CloseButton,
  FileInput,
  Group,
  Modal,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { ConcernPersonInput } from '@schoolgate/contracts';
import { useState } from 'react';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { fileToBase64 } from '../../training/api/training';
import { useRaiseConcern, useRosterSearch } from '../api/concerns';
import { TYPE_LABELS, toOptions } from '../concern-labels';

interface Named {
  key: string;
  label: string;
  person: ConcernPersonInput;
}

export function RaiseConcernModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const raise = useRaiseConcern();
  const [type, setType] = useState<string | null>(null);
  const [urgency, setUrgency] = useState('routine');
  const [whatHappened, setWhatHappened] = useState('');
  const [happenedAt, setHappenedAt] = useState('');
  const [search, setSearch] = useState('');
  const [people, setPeople] = useState<Named[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [raised, setRaised] = useState<string | null>(null);
  const roster = useRosterSearch(search);
  const { fieldError, markChanged } = useFieldErrors(raise.error);

  const add = (named: Named) => {
    if (!people.some((p) => p.key === named.key)) setPeople([...people, named]);
    setSearch('');
  };
  const reset = () => {
    setType(null);
    setUrgency('routine');
    setWhatHappened('');
    setHappenedAt('');
    setPeople([]);
    setFiles([]);
    setRaised(null);
    raise.reset();
  };
  // Escape, a click outside or the X only hide the dialog: a half-written concern is still there when it is opened
  // again. Cancel throws it away, and Done starts the next one afresh.
  const hide = () => {
    if (raised) reset();
    onClose();
  };
  const discard = () => {
    reset();
    onClose();
  };
  const submit = async () => {
    const uploads = await Promise.all(files.map(async (f) => ({ fileName: f.name, base64: await fileToBase64(f) })));
    raise.mutate(
      {
        type: (type ?? '') as never,
        urgency: urgency as 'routine' | 'urgent',
        whatHappened,
        happenedAt: happenedAt ? new Date(happenedAt).toISOString() : null,
        people: people.map((p) => p.person),
        files: uploads,
      },
      { onSuccess: (result) => setRaised(result.reference) },
    );
  };

  return (
    <Modal opened={opened} onClose={hide} title="Raise a concern" size="lg">
      {raised ? (
        <Stack>
          <Alert color="green" title="Your concern has been passed on">
            The Designated Safeguarding Lead (or, for a concern about a member of staff, the headteacher) has been told.
            Your reference is <strong>{raised}</strong>. You can follow its status under Concerns.
          </Alert>
          <Button onClick={discard}>Done</Button>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            Tell us what worried you. Only the safeguarding team (and the headteacher) will read it. If a child is in
            immediate danger, call 999 and tell the DSL in person now.
          </Text>
          <Select
            label="What is it about?"
            placeholder="Choose one"
            data={toOptions(TYPE_LABELS)}
            value={type}
            onChange={(value) => {
              setType(value);
              markChanged('type');
            }}
            required
            error={fieldError('type')}
          />
          <Textarea
            label="What happened?"
            description="What you saw or were told, in your own words. Do not investigate further yourself."
            autosize
            minRows={4}
            value={whatHappened}
            onChange={(e) => {
              setWhatHappened(e.currentTarget.value);
              markChanged('whatHappened');
            }}
            required
            error={fieldError('whatHappened')}
          />
          <TextInput
            type="datetime-local"
            label="When did it happen?"
            description="Leave empty if you do not know."
            value={happenedAt}
            onChange={(e) => {
              setHappenedAt(e.currentTarget.value);
              markChanged('happenedAt');
            }}
            error={fieldError('happenedAt')}
          />
          <Stack gap={4}>
            <TextInput
              label="Who is involved?"
              description="Type at least two letters of a pupil's or colleague's name, or add someone else by name."
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
            {search.trim().length >= 2 ? (
              <Group gap="xs" aria-label="Matching names">
                {roster.data?.pupils.map((p) => (
                  <Button
                    key={p.id}
                    size="compact-sm"
                    variant="light"
                    onClick={() =>
                      add({
                        key: p.id,
                        label: `${p.name} (Year ${p.yearGroup})`,
                        person: { kind: 'pupil', pupilId: p.id },
                      })
                    }
                  >
                    Add {p.name} (Year {p.yearGroup})
                  </Button>
                ))}
                {roster.data?.staff.map((s) => (
                  <Button
                    key={s.id}
                    size="compact-sm"
                    variant="light"
                    color="grape"
                    onClick={() =>
                      add({ key: s.id, label: `${s.name} (staff)`, person: { kind: 'staff', staffId: s.id } })
                    }
                  >
                    Add {s.name} (staff)
                  </Button>
                ))}
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() =>
                    add({
                      key: `other:${search.trim()}`,
                      label: search.trim(),
                      person: { kind: 'other', name: search.trim() },
                    })
                  }
                >
                  Add “{search.trim()}” as written
                </Button>
              </Group>
            ) : null}
            {people.length > 0 ? (
              <Group gap="xs">
                {people.map((p) => (
                  <Badge
                    key={p.key}
                    variant="outline"
                    size="lg"
                    rightSection={
                      <CloseButton
                        size="xs"
                        aria-label={`Remove ${p.label}`}
                        onClick={() => setPeople(people.filter((x) => x.key !== p.key))}
                      />
                    }
                  >
                    {p.label}
                  </Badge>
                ))}
              </Group>
            ) : null}
          </Stack>
          <Radio.Group label="How urgent is it?" value={urgency} onChange={setUrgency}>
            <Group mt="xs">
              <Radio value="routine" label="Routine" />
              <Radio value="urgent" label="Urgent: a child or adult may be at risk now" />
            </Group>
          </Radio.Group>
          <FileInput
            label="Screenshots or files"
            description="Pictures (PNG, JPEG, GIF, WebP) or PDFs, up to 5 files of 10 MB each."
            multiple
            clearable
            clearButtonProps={{ 'aria-label': 'Remove the chosen files' }}
            accept="image/png,image/jpeg,image/gif,image/webp,application/pdf"
            value={files}
            onChange={(chosen) => {
              setFiles(chosen);
              markChanged('files');
            }}
            error={[0, 1, 2, 3, 4].map((i) => fieldError(`files.${i}`)).find(Boolean)}
          />
          {raise.isError && !isApiError(raise.error) ? <Alert color="red">{errorMessage(raise.error)}</Alert> : null}
          {isApiError(raise.error) && raise.error.fields.length === 0 ? (
            <Alert color="red">{raise.error.message}</Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={discard}>
              Cancel
            </Button>
            <Button onClick={() => void submit()} loading={raise.isPending}>
              Send to the safeguarding team
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
