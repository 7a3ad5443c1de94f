import { Anchor, Button, Checkbox, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { PolicyClauseView } from '@schoolgate/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { ClauseStatusBadge } from './clause-status-badge';
import { MarkdownField } from './markdown-field';

interface ClauseItemProps {
  clause: PolicyClauseView;
  /** 1-based position in its section, for names read out to screen readers. */
  position: number;
  scope: 'school' | 'trust';
  editable: boolean;
  first: boolean;
  last: boolean;
  saving: boolean;
  error: string | undefined;
  onSave: (markdown: string) => void;
  onLock: (locked: boolean) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
}

/** One clause: what Schoolgate does about it, its words (or the generated words and their setting), and actions. */
export function ClauseItem(props: ClauseItemProps) {
  const { clause, scope, editable, position } = props;
  const [editing, setEditing] = useState(false);
  // A school cannot touch the trust's locked clauses; nobody edits the words Schoolgate writes from the settings.
  const lockedForMe = clause.locked && scope === 'school';
  const generated = clause.markdown === null;
  const canEditWords = editable && !lockedForMe && !generated;
  const canRemove = editable && !lockedForMe && clause.status !== 'enforced';
  const canMove = editable && !lockedForMe;
  const name = `clause ${position}`;

  return (
    <Paper withBorder p="sm" radius="sm" component="li" aria-label={`Clause ${position}`}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <ClauseStatusBadge status={clause.status} />
          {clause.locked ? <ClauseStatusBadge status="locked" /> : null}
          {clause.origin === 'school' ? (
            <Text size="xs" c="dimmed">
              The school’s own words
            </Text>
          ) : null}
        </Group>
        {generated ? (
          <Stack gap={4}>
            {(clause.generatedText ?? []).map((line, i) => (
              <Text key={i}>{line}</Text>
            ))}
            <Text size="sm" c="dimmed">
              Written by Schoolgate from the settings
              {clause.rule ? (
                <>
                  {' '}
                  (<code>{clause.rule}</code>)
                </>
              ) : null}
              .{' '}
              {scope === 'school' ? (
                <Anchor component={Link} to="/policy?tab=settings" size="sm" underline="always">
                  Change the settings<VisuallyHidden> behind {name}</VisuallyHidden>
                </Anchor>
              ) : null}
            </Text>
          </Stack>
        ) : editing ? (
          <MarkdownField
            label={`Words of ${name}`}
            initial={clause.markdown ?? ''}
            saving={props.saving}
            error={props.error}
            saveLabel="Save the clause"
            onSave={(markdown) => {
              props.onSave(markdown);
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <ClauseWords markdownBlocks={clause} />
        )}
        {clause.status !== 'guidance' && clause.rule && !generated ? (
          <Text size="sm" c="dimmed">
            Schoolgate keeps the record: <code>{clause.rule}</code>
          </Text>
        ) : null}
        {props.error && !editing ? (
          <Text size="sm" c="red.9" role="alert">
            {props.error}
          </Text>
        ) : null}
        {editable && !editing ? (
          <Group gap="xs">
            {canEditWords ? (
              <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                Edit<VisuallyHidden> {name}</VisuallyHidden>
              </Button>
            ) : null}
            {canMove ? (
              <>
                <Button size="xs" variant="default" disabled={props.first} onClick={() => props.onMove(-1)}>
                  Move up<VisuallyHidden> {name}</VisuallyHidden>
                </Button>
                <Button size="xs" variant="default" disabled={props.last} onClick={() => props.onMove(1)}>
                  Move down<VisuallyHidden> {name}</VisuallyHidden>
                </Button>
              </>
            ) : null}
            {canRemove ? (
              <Button size="xs" variant="subtle" color="red" onClick={props.onRemove}>
                Remove<VisuallyHidden> {name}</VisuallyHidden>
              </Button>
            ) : null}
            {scope === 'trust' ? (
              <Checkbox
                size="xs"
                label="Lock for every school"
                checked={clause.locked}
                onChange={(e) => props.onLock(e.currentTarget.checked)}
              />
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The clause's words shown as written (its Markdown source, line by line, without interpreting it client-side). */
function ClauseWords({ markdownBlocks }: { markdownBlocks: PolicyClauseView }) {
  const paragraphs = (markdownBlocks.markdown ?? '').split(/\n{2,}/);
  return (
    <Stack gap={4}>
      {paragraphs.map((p, i) => (
        <Text key={i} style={{ whiteSpace: 'pre-wrap' }}>
          {p}
        </Text>
      ))}
    </Stack>
  );
}
