import { Alert, Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import type { PublicationOverride } from '@schoolgate/contracts';
import { replyTemplates } from '../reply-templates';
import { PublicationRefusal, refusedChecks } from './publication-refusal';

interface ReplyFormProps {
  toPress: boolean;
  /** The school's complaints page from its policy; the complaints template names it. */
  complaintsUrl: string | null;
  /** The school's public "raise a concern" page; the worried-parent template gives it. */
  publicReportUrl: string | null;
  pending: boolean;
  error: unknown;
  /** The reply, and for advisory findings sent anyway, the checks and why (recorded). */
  onSend: (text: string, override?: PublicationOverride) => void;
  onCancel: () => void;
}

/** A public reply as the school, started from a template that moves the conversation to the proper route. */
export function ReplyForm({
  toPress,
  complaintsUrl,
  publicReportUrl,
  pending,
  error,
  onSend,
  onCancel,
}: ReplyFormProps) {
  const templates = replyTemplates(complaintsUrl, publicReportUrl);
  const [templateId, setTemplateId] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const refused = refusedChecks(error);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) {
          setProblem('Write a reply, or choose a template to start from.');
          return;
        }
        onSend(text.trim());
      }}
    >
      <Stack gap="md">
        {toPress ? (
          <Alert color="violet" variant="light" title="This author is marked as press">
            Your reply will not be sent until the headteacher approves it.
          </Alert>
        ) : null}
        <NativeSelect
          label="Start from a template"
          value={templateId}
          data={[{ value: '', label: 'Choose a template' }, ...templates.map((t) => ({ value: t.id, label: t.label }))]}
          onChange={(e) => {
            const id = e.currentTarget.value;
            setTemplateId(id);
            const template = templates.find((t) => t.id === id);
            if (template) {
              setText(template.text);
              setProblem(null);
            }
          }}
        />
        <Textarea
          label="Reply"
          description="Posted publicly, as the school. Do not name pupils, staff or families."
          rows={4}
          maxLength={2000}
          value={text}
          error={problem}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setProblem(null);
          }}
        />
        {refused ? (
          <PublicationRefusal
            checks={refused}
            what="reply"
            pending={pending}
            onOverride={(override) => onSend(text.trim(), override)}
          />
        ) : (
          <ErrorAlert error={error} title="The reply was not sent" />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {toPress ? 'Send for the head’s approval' : 'Send reply'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
