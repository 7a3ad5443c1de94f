// What stopped a reply (issue 11): the server's PUBLICATION_BLOCKED refusal, one finding per check, shown with the
// policy clause behind it. When every finding is one the policy makes advisory, the moderator may send anyway with
// a reason, which the server records; a consent or do-not-publish finding, or any check the policy lists, offers no
// way round: the reply must change.
import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import type { PublicationOverride } from '@schoolgate/contracts';
import {
  OVERRIDE_NOTES,
  PUBLICATION_CHECKS,
  PUBLICATION_CLAUSES,
  type PublicationCheck,
} from '@schoolgate/domain/shared';
import { useState } from 'react';
import { ApiError } from '../../../lib/api-client';

export interface RefusedCheck {
  check: PublicationCheck;
  reason: string;
  clause: string;
  overridable: boolean;
}

const NOTE = new RegExp(` \\((${OVERRIDE_NOTES.overridable}|${OVERRIDE_NOTES.fixed})\\)$`);
const isCheck = (value: string): value is PublicationCheck => (PUBLICATION_CHECKS as readonly string[]).includes(value);

/** The findings of a PUBLICATION_BLOCKED refusal, or null for any other error. */
export function refusedChecks(error: unknown): RefusedCheck[] | null {
  if (!(error instanceof ApiError) || error.code !== 'PUBLICATION_BLOCKED') return null;
  return error.fields.flatMap((f) => {
    const check = f.field.replace(/^checks\./, '');
    if (!isCheck(check)) return [];
    const overridable = f.message.endsWith(`(${OVERRIDE_NOTES.overridable})`);
    const reason = f.message.replace(NOTE, '');
    return [{ check, reason, clause: PUBLICATION_CLAUSES[check], overridable }];
  });
}

interface PublicationRefusalProps {
  checks: RefusedCheck[];
  /** What is being stopped ("reply"), for the headings. */
  what: string;
  pending: boolean;
  onOverride: (override: PublicationOverride) => void;
}

export function PublicationRefusal({ checks, what, pending, onOverride }: PublicationRefusalProps) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const advisoryOnly = checks.length > 0 && checks.every((c) => c.overridable);
  return (
    <Alert
      color={advisoryOnly ? 'orange' : 'red'}
      variant="light"
      role="alert"
      title={advisoryOnly ? `Check this ${what} before it is sent` : `This ${what} cannot be sent`}
    >
      <Stack gap="sm">
        <List size="sm" spacing={6} aria-label="What the checks found">
          {checks.map((c) => (
            <List.Item key={c.check}>
              <Text size="sm" fw={600} span>
                {c.reason}
              </Text>{' '}
              <Text size="sm" span>
                Policy: {c.clause}
              </Text>{' '}
              <Text size="sm" span c="dimmed">
                {c.overridable ? '(advice: you may send it anyway with a reason)' : '(must be changed)'}
              </Text>
            </List.Item>
          ))}
        </List>
        {advisoryOnly ? (
          <>
            <Textarea
              label="Why send it anyway"
              description="Recorded with the reply in the audit trail."
              rows={2}
              maxLength={500}
              value={reason}
              error={problem}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setProblem(null);
              }}
            />
            <Group>
              <Button
                color="red.9"
                loading={pending}
                onClick={() => {
                  if (reason.trim().length < 5) {
                    setProblem('Say why, in a few words.');
                    return;
                  }
                  onOverride({ checks: checks.map((c) => c.check), reason: reason.trim() });
                }}
              >
                Send anyway
              </Button>
            </Group>
          </>
        ) : (
          <Text size="sm">
            Change the {what} and send it again. Consent, the do-not-publish list and what the policy rules out cannot
            be overridden.
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
