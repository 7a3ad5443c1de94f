import { Box, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { AuthorDetail } from '@schoolgate/contracts';
import { formatLondonDateTime } from '../../../lib/format';
import { LADDER_STEP_LABELS, lookup } from '../labels';

// Mantine's green 9 and orange 9 fall just short of 4.5:1 on white for small text; these darker shades pass.
const DONE = '#1e6b2f';
const SUGGESTED = '#8a3a00';

type StepRecord = AuthorDetail['steps'][number];

interface LadderStepperProps {
  ladder: string[];
  steps: StepRecord[];
  suggestedNextStep: string | null;
}

function stepOf(record: StepRecord): string {
  // The API names the step as the action; older records may carry it in the detail instead.
  return typeof record.detail.step === 'string' ? record.detail.step : record.action;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/**
 * The school's ladder as an ordered list (a stepper people can read with a screen reader): each rung says in words
 * whether it was taken, by whom, when and with what reference, or whether it is the suggested next step.
 */
export function LadderStepper({ ladder, steps, suggestedNextStep }: LadderStepperProps) {
  const offLadder = [...new Set(steps.map(stepOf).filter((step) => !ladder.includes(step)))];
  const rungs = [...ladder, ...offLadder];
  return (
    <Box
      component="ol"
      aria-label="The school's steps for repeated unacceptable comments"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {rungs.map((rung, index) => {
        const taken = steps.filter((record) => stepOf(record) === rung);
        const suggested = rung === suggestedNextStep && taken.length === 0;
        const status = taken.length > 0 ? 'Done' : suggested ? 'Suggested next step' : 'Not taken';
        return (
          <Box component="li" key={rung} pb="md" style={{ display: 'flex', gap: 12 }}>
            <ThemeIcon
              radius="xl"
              size={30}
              color={taken.length > 0 ? DONE : suggested ? SUGGESTED : 'gray.2'}
              c={taken.length > 0 || suggested ? 'white' : 'gray.9'}
              aria-hidden="true"
            >
              {taken.length > 0 ? '✓' : index + 1}
            </ThemeIcon>
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={600}>{lookup(LADDER_STEP_LABELS, rung)}</Text>
                <Text
                  size="sm"
                  fw={suggested ? 700 : 400}
                  c={suggested ? SUGGESTED : taken.length > 0 ? DONE : 'dimmed'}
                >
                  {status}
                </Text>
              </Group>
              {taken.map((record) => (
                <Text size="sm" key={record.id}>
                  {formatLondonDateTime(record.at)} by {record.by ?? 'Schoolgate'}
                  {text(record.detail.reference) ? `. Reference: ${text(record.detail.reference)}` : ''}
                  {text(record.detail.note) ? `. ${text(record.detail.note)}` : ''}
                </Text>
              ))}
            </Stack>
          </Box>
        );
      })}
    </Box>
  );
}
