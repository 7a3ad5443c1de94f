import { Alert, Button, Group, List, Radio, Stack, Text, TextInput } from '@mantine/core';
import { DATA_SUBJECT_KINDS, type DataSubjectKind } from '@schoolgate/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useErase, useSubjectAccessDownload, useSubjectSearch } from '../api/data-protection';

const KIND_LABELS: Record<DataSubjectKind, string> = {
  author: 'Someone who commented on our accounts',
  pupil: 'A pupil',
  staff: 'A member of staff',
};

/** Find the person, then download everything held about them, or erase it where the law allows. */
export function SubjectRequests() {
  const [kind, setKind] = useState<DataSubjectKind>('author');
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(null);
  const search = useSubjectSearch(kind, q);
  const download = useSubjectAccessDownload();
  const erase = useErase();
  const refused = isApiError(erase.error) && erase.error.code === 'ERASURE_REFUSED' ? erase.error.message : null;

  const choose = (item: { id: string; label: string } | null) => {
    setChosen(item);
    download.reset();
    erase.reset();
  };

  return (
    <Stack gap="md" maw={640}>
      <Radio.Group
        label="Whose information"
        value={kind}
        onChange={(value) => {
          setKind(value as DataSubjectKind);
          choose(null);
        }}
      >
        <Stack gap={6} mt="xs">
          {DATA_SUBJECT_KINDS.map((value) => (
            <Radio key={value} value={value} label={KIND_LABELS[value]} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput
        label="Find them"
        description="Type at least two letters of their name (or a commenter's handle)."
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      <ErrorAlert error={search.error} title="The search did not work" />
      {search.data ? (
        search.data.items.length === 0 ? (
          <Text role="status">Nobody matches “{q}”.</Text>
        ) : (
          <Radio.Group
            label="Matches"
            value={chosen?.id ?? ''}
            onChange={(id) => choose(search.data.items.find((i) => i.id === id) ?? null)}
          >
            <Stack gap={6} mt="xs">
              {search.data.items.map((item) => (
                <Radio key={item.id} value={item.id} label={`${item.label} (${item.detail})`} />
              ))}
            </Stack>
          </Radio.Group>
        )
      ) : null}
      {chosen ? (
        <Stack gap="sm">
          <Text>
            Selected: <strong>{chosen.label}</strong>
          </Text>
          <Text size="sm" c="dimmed">
            Record id (for the schoolgate subject-access command): {chosen.id}
          </Text>
          <Group>
            <Button loading={download.isPending} onClick={() => download.mutate({ kind, id: chosen.id })}>
              Download everything held (ZIP)
            </Button>
            <Button
              color="red"
              variant="outline"
              loading={erase.isPending}
              onClick={() => {
                if (window.confirm(`Erase ${chosen.label}'s information? This cannot be undone.`))
                  erase.mutate({ kind, id: chosen.id });
              }}
            >
              Erase their information
            </Button>
          </Group>
          {download.data ? <Text role="status">Downloaded {download.data}. Open index.html in it first.</Text> : null}
          <ErrorAlert error={download.error} title="The file could not be made" />
          {refused ? (
            <Alert color="orange" title="Erasure refused" role="alert" variant="light">
              {refused}
            </Alert>
          ) : (
            <ErrorAlert error={erase.error} title="The erasure did not happen" />
          )}
          {erase.data ? (
            <Alert color="green" title="Erased" role="status" variant="light">
              <List size="sm">
                {erase.data.summary.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
