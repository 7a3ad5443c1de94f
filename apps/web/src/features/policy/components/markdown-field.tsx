import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useId, useState } from 'react';
import { PolicyBlocks } from '../../../components/policy-blocks';
import { ErrorAlert } from '../../../components/error-alert';
import { usePreviewMarkdown } from '../api/policy-content';

export const FORMATTING_NOTE =
  'Formatting: a blank line starts a new paragraph; start lines with "- " for a list or "1. " for a numbered list; ' +
  '**bold**, *italic*, and "### " for a sub-heading. Links, pictures, tables and HTML are not allowed.';

interface MarkdownFieldProps {
  label: string;
  initial: string;
  saving: boolean;
  /** The server's message for this field, e.g. "Line 3: Tables are not allowed". */
  error?: string | undefined;
  saveLabel: string;
  onSave: (markdown: string) => void;
  onCancel?: () => void;
}

/** A clause's (or the statement's) words: a textarea with a note of the allowed formatting and a preview. */
export function MarkdownField({ label, initial, saving, error, saveLabel, onSave, onCancel }: MarkdownFieldProps) {
  const [value, setValue] = useState(initial);
  const preview = usePreviewMarkdown();
  const previewId = useId();
  return (
    <Stack gap="xs">
      <Textarea
        label={label}
        description={FORMATTING_NOTE}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        autosize
        minRows={4}
        maxRows={16}
        error={error}
      />
      <Group gap="xs">
        <Button size="xs" loading={saving} onClick={() => onSave(value)} disabled={value.trim() === ''}>
          {saveLabel}
        </Button>
        <Button
          size="xs"
          variant="default"
          loading={preview.isPending}
          onClick={() => preview.mutate(value)}
          aria-controls={previewId}
        >
          Preview
        </Button>
        {onCancel ? (
          <Button size="xs" variant="subtle" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </Group>
      <div id={previewId} aria-live="polite">
        <ErrorAlert error={preview.error} title="The preview could not be made" />
        {preview.data ? (
          preview.data.problems.length > 0 ? (
            <Paper withBorder p="sm" bg="red.0">
              <Text fw={600} size="sm">
                Change these before saving:
              </Text>
              {preview.data.problems.map((p, i) => (
                <Text key={i} size="sm">
                  Line {p.line}: {p.message}
                </Text>
              ))}
            </Paper>
          ) : (
            <Paper withBorder p="sm" aria-label="Preview">
              <Text size="xs" c="dimmed" mb={4}>
                Preview: as the policy will show it
              </Text>
              <PolicyBlocks blocks={preview.data.blocks} headingOrder={4} />
            </Paper>
          )
        ) : null}
      </div>
    </Stack>
  );
}
