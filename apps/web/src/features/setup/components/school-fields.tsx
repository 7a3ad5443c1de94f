import { NativeSelect, TextInput } from '@mantine/core';
import type { NewSchool } from '@schoolgate/contracts';

export const NATION_OPTIONS = [
  { value: 'england_wales', label: 'England and Wales' },
  { value: 'scotland', label: 'Scotland' },
  { value: 'northern_ireland', label: 'Northern Ireland' },
];

interface SchoolFieldsProps {
  value: NewSchool;
  onChange: (value: NewSchool) => void;
  /** The API's message for a field (named as in the request, e.g. "school.urn"). */
  errorFor: (field: 'name' | 'urn' | 'nation') => string | undefined;
}

/** Name, URN and bank-holiday region: the same fields at set-up and when the trust adds a school. */
export function SchoolFields({ value, onChange, errorFor }: SchoolFieldsProps) {
  return (
    <>
      <TextInput
        label="School name"
        required
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
        error={errorFor('name')}
      />
      <TextInput
        label="URN"
        description="The six-digit unique reference number from Get Information about Schools."
        required
        inputMode="numeric"
        maxLength={6}
        value={value.urn}
        onChange={(e) => onChange({ ...value, urn: e.currentTarget.value })}
        error={errorFor('urn')}
      />
      <NativeSelect
        label="Bank holidays"
        description="Response deadlines skip the bank holidays of this part of the UK."
        required
        data={NATION_OPTIONS}
        value={value.nation}
        onChange={(e) => onChange({ ...value, nation: e.currentTarget.value as NewSchool['nation'] })}
        error={errorFor('nation')}
      />
    </>
  );
}
