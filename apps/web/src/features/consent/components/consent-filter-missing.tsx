import { NativeSelect } from '@mantine/core';
import type { ConsentUse } from '@schoolgate/contracts';
import { USE_LABELS } from '../consent-labels';

interface ConsentFilterMissingProps {
  value: ConsentUse | '';
  uses: readonly ConsentUse[];
  onChange: (value: ConsentUse | '') => void;
}

/** "Who still needs a form for this use?": pupils with no consent recorded, or an expired one. */
export function ConsentFilterMissing({ value, uses, onChange }: ConsentFilterMissingProps) {
  return (
    <NativeSelect
      label="Missing or expired consent for"
      value={value}
      data={[
        { value: '', label: 'Any use (show everyone)' },
        ...uses.map((use) => ({ value: use, label: USE_LABELS[use] })),
      ]}
      onChange={(e) => onChange(e.currentTarget.value as ConsentUse | '')}
      w={320}
      mb="md"
    />
  );
}
