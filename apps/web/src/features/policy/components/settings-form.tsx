import { Button, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PolicySettingsResponse } from '@schoolgate/contracts';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { ROLE_OPTIONS } from '../../../lib/roles';
import { useResetPolicyFields, useUpdatePolicySettings, type SettingsScope } from '../api/policy';
import { ClosuresEditor, type Closure } from './closures-editor';
import { CommentRulesEditor } from './comment-rules-editor';
import { settingFieldKit } from './setting-fields';
import { SettingRow } from './setting-row';

interface SettingsFormProps {
  data: PolicySettingsResponse;
  scope: SettingsScope;
  canEdit: boolean;
}

type Values = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// The safeguarding lead and deputies hear of every concern anyway; everyone else would be too wide a circle.
const ALSO_NOTIFY = ROLE_OPTIONS.filter((role) => !['dsl', 'deputy_dsl', 'staff'].includes(role.value));

function SettingsGroup({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="fieldset" style={{ minWidth: 0 }}>
      <Title order={3} size="h4" component="legend" px={4}>
        {title}
      </Title>
      <Stack gap="lg" mt="xs">
        {note ? (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        ) : null}
        {children}
      </Stack>
    </Paper>
  );
}

/** The main settings as a readable form; saves only what changed, and names any field the API refuses. */
export function SettingsForm({ data, scope, canEdit }: SettingsFormProps) {
  const saved = useMemo(() => Object.fromEntries(data.fields.map((f) => [f.field, f.value])) as Values, [data]);
  const sources = useMemo(() => Object.fromEntries(data.fields.map((f) => [f.field, f.source])), [data]);
  const [values, setValues] = useState<Values>(saved);
  const update = useUpdatePolicySettings(scope);
  const reset = useResetPolicyFields();
  const error = update.error ?? reset.error;
  const fieldError = (field: string) => (isApiError(error) ? error.fieldMessage(field) : undefined);
  const set = (field: string, value: unknown) => setValues((current) => ({ ...current, [field]: value }));
  const changed = Object.keys(values).filter((field) => !same(values[field], saved[field]));

  const row = (field: string | string[], label: string, editor: ReactNode) => {
    const fields = [field].flat();
    const source = scope === 'school' ? (fields.some((f) => sources[f] === 'school') ? 'school' : 'trust') : undefined;
    return (
      <SettingRow
        key={fields[0]}
        label={label}
        source={source}
        canReset={canEdit}
        onReset={() =>
          reset.mutate(fields, {
            onSuccess: () => notifications.show({ message: `${label}: back to the trust's value.`, color: 'green' }),
          })
        }
      >
        {editor}
      </SettingRow>
    );
  };
  const edit = settingFieldKit({ values, set, fieldError, canEdit, row });
  const v = data.vocabulary;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes = Object.fromEntries(changed.map((field) => [field, values[field]]));
    update.mutate(changes, {
      onSuccess: () => notifications.show({ message: 'The settings have been saved.', color: 'green' }),
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={scope === 'school' ? 'School policy settings' : 'Trust default settings'}
    >
      <Stack gap="lg">
        <ErrorAlert error={error} title="The settings could not be saved" />
        <SettingsGroup title="Where the school posts">
          {edit.choices(
            'platforms',
            'Platforms the school uses',
            'The social media sites where the school has official accounts.',
            v.platforms,
          )}
        </SettingsGroup>
        <SettingsGroup title="Answering comments and messages">
          {edit.number(
            'response.hours',
            'Hours to respond',
            'How long the school has to answer a comment or message.',
            1,
            336,
          )}
          {row(
            'response.counting',
            'How the hours are counted',
            <Radio.Group
              label="How the hours are counted"
              value={values['response.counting'] as string}
              onChange={(value) => set('response.counting', value)}
              error={fieldError('response.counting')}
            >
              <Stack gap={6} mt="xs">
                {data.vocabulary.countings.map((option) => (
                  <Radio key={option.value} value={option.value} label={option.label} disabled={!canEdit} />
                ))}
              </Stack>
            </Radio.Group>,
          )}
          {row(
            ['response.workingDay.start', 'response.workingDay.end'],
            'Office hours',
            <SimpleGrid cols={{ base: 1, sm: 2 }} maw={420}>
              <TextInput
                label="Office opens"
                type="time"
                disabled={!canEdit}
                value={values['response.workingDay.start'] as string}
                onChange={(e) => set('response.workingDay.start', e.currentTarget.value)}
                error={fieldError('response.workingDay.start')}
              />
              <TextInput
                label="Office closes"
                type="time"
                disabled={!canEdit}
                value={values['response.workingDay.end'] as string}
                onChange={(e) => set('response.workingDay.end', e.currentTarget.value)}
                error={fieldError('response.workingDay.end')}
              />
            </SimpleGrid>,
          )}
          {row(
            'calendar.nation',
            'Bank holidays',
            <NativeSelect
              label="Bank holidays of"
              w={320}
              disabled={!canEdit}
              data={data.vocabulary.nations}
              value={values['calendar.nation'] as string}
              onChange={(e) => set('calendar.nation', e.currentTarget.value)}
              error={fieldError('calendar.nation')}
            />,
          )}
          {row(
            'calendar.closures',
            'Closure days',
            <ClosuresEditor
              closures={values['calendar.closures'] as Closure[]}
              disabled={!canEdit}
              onChange={(closures) => set('calendar.closures', closures)}
              fieldError={fieldError}
            />,
          )}
        </SettingsGroup>
        <SettingsGroup
          title="Posts"
          note="Schoolgate does not draft or publish posts yet. These choices are printed in the policy as rules for the staff who run the school's accounts."
        >
          {edit.choices('posts.allowedCategories', 'What the school may post about', undefined, v.postCategories)}
          {edit.choices(
            'posts.checks',
            'Never in a post',
            'Ticked items are listed in the policy as things a post must not contain. A pupil is only ever shown or named with their family’s consent for that use, whatever is ticked here.',
            // The document writes these mid-sentence ("We do not publish: a pupil's..."); a list of boxes starts each with a capital.
            v.postChecks.map((check) => ({
              ...check,
              label: check.label.charAt(0).toUpperCase() + check.label.slice(1),
            })),
          )}
          {edit.number(
            'posts.approvalsRequired',
            'Approvals before a post goes out',
            'How many people, besides the person who wrote it, must agree to a post before it is published: 0 to 3.',
            0,
            3,
          )}
          {edit.oneOf(
            'posts.suggestionsGoTo',
            'Ideas for posts from other staff go to',
            'Staff who do not run an account pass their suggestions to:',
            v.suggestionRoutes,
          )}
        </SettingsGroup>
        <SettingsGroup title="Comments on the school's posts">
          {row(
            v.commentCategories.flatMap((c) => [
              `moderation.categories.${c.value}.hideAt`,
              `moderation.categories.${c.value}.queueAt`,
            ]),
            'What happens to each kind of comment',
            <CommentRulesEditor
              categories={v.commentCategories}
              defaults={v.defaultScores}
              values={values}
              disabled={!canEdit}
              onChange={set}
            />,
          )}
          {row(
            'moderation.complaintsUrl',
            'Complaints procedure page',
            <TextInput
              label="Complaints procedure page"
              description="The address of the page on the school website that explains how to make a complaint. Replies to comments point people there; left empty, they say “the complaints procedure on the school website”."
              type="url"
              placeholder="https://"
              maw={560}
              disabled={!canEdit}
              value={(values['moderation.complaintsUrl'] as string | undefined) ?? ''}
              onChange={(e) => set('moderation.complaintsUrl', e.currentTarget.value)}
              error={fieldError('moderation.complaintsUrl')}
            />,
          )}
        </SettingsGroup>
        <SettingsGroup title="People who keep posting unacceptable comments">
          {edit.number(
            'moderation.repeatOffender.threshold',
            'Removed comments before the next step',
            'When this many of one person’s comments have been hidden or deleted, Schoolgate suggests the next step from the policy’s list on that person’s page.',
            1,
            50,
          )}
          {edit.number(
            'moderation.repeatOffender.windowDays',
            'Counted over (days)',
            'Only comments removed within this many days count.',
            1,
            3650,
          )}
        </SettingsGroup>
        <SettingsGroup title="The press">
          {edit.choices(
            'moderation.journalistContactGoesTo',
            'When a journalist gets in touch, tell',
            'Staff pass a journalist’s message to the people ticked here before anyone replies. Schoolgate holds back any answer to a comment from the press until the headteacher has approved it.',
            v.pressContacts,
          )}
        </SettingsGroup>
        <SettingsGroup
          title="Safeguarding concerns"
          note="Schoolgate does not take in concerns yet. This choice is printed in the policy so staff know whom to tell."
        >
          {edit.choices(
            'concerns.alsoNotify',
            'Besides the safeguarding team, also tell',
            'The designated safeguarding lead and deputies hear of every concern. Tick anyone else who should know that a concern has been raised.',
            ALSO_NOTIFY,
          )}
        </SettingsGroup>
        <SettingsGroup title="Staff">
          {edit.oneOf(
            'people.acceptance',
            'Who signs the policy',
            'They sign in Schoolgate, and are asked again each time a new version is published.',
            v.acceptanceScopes,
            {
              alsoShowErrorsOf: {
                'accounts.runnersMustHaveSigned':
                  'The policy says staff must sign it before they run an account, so someone has to be asked to sign.',
              },
            },
          )}
          {edit.oneOf(
            'people.training.required',
            'Who needs training on the policy',
            'Schoolgate keeps their training records and shows you whose training has run out.',
            v.trainingScopes,
            {
              alsoShowErrorsOf: {
                'accounts.runnersMustHaveTraining':
                  'The policy says staff must be trained before they run an account, so training cannot be switched off.',
              },
            },
          )}
          {edit.yesNo(
            'people.training.atInduction',
            'Train new staff when they join',
            'Otherwise their first training falls due with everyone else’s.',
          )}
          {edit.number(
            'people.training.validityMonths',
            'Training lasts (months)',
            'After this, staff need a refresher.',
            1,
            60,
          )}
          {edit.choices(
            'people.twoFactorRoles',
            'Who must use two-factor sign-in',
            'A code from an app on their phone as well as their password.',
            ROLE_OPTIONS,
            v.twoFactorAlways,
          )}
        </SettingsGroup>
        <SettingsGroup title="Review">
          {edit.number(
            'review.cycleMonths',
            'Review the policy every (months)',
            'Counted from the governors’ approval.',
            1,
            60,
          )}
        </SettingsGroup>
        <SettingsGroup
          title="Keeping information"
          note="How long each kind of record is kept before Schoolgate deletes or anonymises it, every night. Records under a legal hold are kept until the hold is lifted."
        >
          {edit.number(
            'retention.commentsMonths',
            'Comments and their evidence (months)',
            'Counted from when the comment arrived. A comment a safeguarding concern refers to is kept with the concern.',
            1,
            120,
          )}
          {edit.number(
            'retention.authorsMonths',
            'Commenters’ names and handles (months)',
            'Counted from their latest comment; then the commenter is anonymised.',
            1,
            120,
          )}
          {edit.number(
            'retention.concernsYears',
            'Safeguarding concerns (years after closing)',
            'Kept until the pupil is at least 25: never less than 21 years. Open concerns are always kept.',
            21,
            100,
          )}
          {edit.number(
            'retention.auditYears',
            'Audit log (years, at least)',
            'It holds record numbers and digests, not the records’ contents.',
            6,
            100,
          )}
          {edit.number(
            'retention.notificationsMonths',
            'Notifications (months)',
            'Messages shown in Schoolgate and the record of emails sent.',
            1,
            60,
          )}
          {edit.number(
            'retention.sessionsDays',
            'Sign-in sessions and failed sign-ins (days after they end)',
            'Kept briefly to look into a suspicious sign-in.',
            1,
            365,
          )}
        </SettingsGroup>
        {canEdit ? (
          <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
            <Button variant="default" disabled={changed.length === 0} onClick={() => setValues(saved)}>
              Undo changes
            </Button>
            <Button type="submit" loading={update.isPending} disabled={changed.length === 0}>
              {changed.length === 0
                ? 'No changes to save'
                : `Save ${changed.length === 1 ? '1 change' : `${changed.length} changes`}`}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
