// The editors the settings form is made of: one per kind of value (a number, one choice, several choices, yes or
// no), each labelled, described in plain words and showing the API's message for its field underneath.
import { Checkbox, NumberInput, Radio, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Option {
  value: string;
  label: string;
}

type Row = (field: string | string[], label: string, editor: ReactNode) => ReactNode;

interface FieldKitInput {
  values: Record<string, unknown>;
  set: (field: string, value: unknown) => void;
  /** The API's message for a field, if it named it. */
  fieldError: (field: string) => string | undefined;
  canEdit: boolean;
  row: Row;
}

interface ExtraErrors {
  /** Other fields whose problems belong under this one (a rule that ties two settings together). */
  alsoShowErrorsOf?: Readonly<Record<string, string>>;
}

export function settingFieldKit({ values, set, fieldError, canEdit, row }: FieldKitInput) {
  // A rule tying this field to one the form does not show gets the form's own words, not the API's field names.
  const errorFor = (field: string, extra: ExtraErrors = {}) =>
    fieldError(field) ??
    Object.entries(extra.alsoShowErrorsOf ?? {}).find(([other]) => fieldError(other) !== undefined)?.[1];

  const number = (field: string, label: string, description: string, min: number, max: number) =>
    row(
      field,
      label,
      <NumberInput
        label={label}
        description={description}
        min={min}
        max={max}
        allowDecimal={false}
        maw={560}
        styles={{ wrapper: { maxWidth: 260 } }}
        disabled={!canEdit}
        value={values[field] as number}
        onChange={(value) => set(field, typeof value === 'number' ? value : Number(value))}
        error={fieldError(field)}
      />,
    );

  /**
   * Several choices. `locked` values are always on whatever the school chooses: they are named in the description
   * rather than shown as boxes that cannot be unticked, and stay in the value sent.
   */
  const choices = (
    field: string,
    label: string,
    description: string | undefined,
    options: readonly Option[],
    locked: readonly string[] = [],
  ) => {
    const picked = (values[field] as string[] | undefined) ?? [];
    const always = options.filter((option) => locked.includes(option.value));
    const alwaysText = always.length > 0 ? `Always required: ${always.map((o) => o.label).join(', ')}.` : undefined;
    return row(
      field,
      label,
      <Checkbox.Group
        label={label}
        description={[description, alwaysText].filter(Boolean).join(' ') || undefined}
        value={[...new Set([...locked, ...picked])]}
        onChange={(next) => set(field, [...new Set([...locked, ...next])])}
        error={fieldError(field)}
      >
        <Stack gap={6} mt="xs">
          {options
            .filter((option) => !locked.includes(option.value))
            .map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} disabled={!canEdit} />
            ))}
        </Stack>
      </Checkbox.Group>,
    );
  };

  const oneOf = (
    field: string,
    label: string,
    description: string | undefined,
    options: readonly Option[],
    extra: ExtraErrors = {},
  ) =>
    row(
      field,
      label,
      <Radio.Group
        label={label}
        description={description}
        value={values[field] as string}
        onChange={(value) => set(field, value)}
        error={errorFor(field, extra)}
      >
        <Stack gap={6} mt="xs">
          {options.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} disabled={!canEdit} />
          ))}
        </Stack>
      </Radio.Group>,
    );

  const yesNo = (field: string, label: string, description: string) =>
    row(
      field,
      label,
      <Checkbox
        label={label}
        description={description}
        disabled={!canEdit}
        checked={values[field] === true}
        onChange={(e) => set(field, e.currentTarget.checked)}
        error={fieldError(field)}
      />,
    );

  return { number, choices, oneOf, yesNo };
}
