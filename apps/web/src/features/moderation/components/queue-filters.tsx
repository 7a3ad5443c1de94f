import { Fieldset, Group, NativeSelect, SegmentedControl } from '@mantine/core';
import type { QueueResponse } from '@schoolgate/contracts';
import type { PlatformStateValue, QueueViewValue } from '../api/moderation';
import { CATEGORY_LABELS, PLATFORM_LABELS } from '../labels';

interface QueueFiltersProps {
  view: QueueViewValue;
  category: string;
  accountId: string;
  platformState: PlatformStateValue | '';
  accounts: QueueResponse['accounts'];
  onView: (view: QueueViewValue) => void;
  onCategory: (category: string) => void;
  onAccount: (accountId: string) => void;
  onPlatformState: (state: PlatformStateValue | '') => void;
}

const VIEWS: { value: QueueViewValue; label: string }[] = [
  { value: 'to_review', label: 'To review' },
  { value: 'awaiting_response', label: 'Awaiting a response' },
  { value: 'all', label: 'All' },
];

export const PLATFORM_STATE_FILTERS: { value: PlatformStateValue; label: string }[] = [
  { value: 'visible', label: 'On the platform now' },
  { value: 'hidden', label: 'Hidden' },
  { value: 'deleted', label: 'Deleted' },
  { value: 'removed_by_author', label: 'Removed by the author' },
];

export function isPlatformState(value: string): value is PlatformStateValue {
  return PLATFORM_STATE_FILTERS.some((s) => s.value === value);
}

function isView(value: string): value is QueueViewValue {
  return VIEWS.some((v) => v.value === value);
}

export function QueueFilters(props: QueueFiltersProps) {
  return (
    <Group align="flex-end" gap="md" mb="md" role="search" aria-label="Filter the comments">
      {/* A fieldset names the group of radio buttons the segmented control is made of. */}
      <Fieldset legend="Show" variant="unstyled" p={0} styles={{ legend: { fontSize: 14, fontWeight: 500 } }}>
        <SegmentedControl
          value={props.view}
          data={VIEWS}
          onChange={(value) => {
            if (isView(value)) props.onView(value);
          }}
        />
      </Fieldset>
      <NativeSelect
        label="Category"
        value={props.category}
        data={[
          { value: '', label: 'All categories' },
          ...Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label })),
        ]}
        onChange={(e) => props.onCategory(e.currentTarget.value)}
        w={240}
      />
      <NativeSelect
        label="Account"
        value={props.accountId}
        data={[
          { value: '', label: 'All accounts' },
          ...props.accounts.map((a) => ({
            value: a.id,
            label: `${a.displayName} (${PLATFORM_LABELS[a.platform] ?? a.platform})`,
          })),
        ]}
        onChange={(e) => props.onAccount(e.currentTarget.value)}
        w={280}
      />
      <NativeSelect
        label="On the platform"
        value={props.platformState}
        data={[{ value: '', label: 'Any' }, ...PLATFORM_STATE_FILTERS]}
        onChange={(e) => {
          const value = e.currentTarget.value;
          props.onPlatformState(isPlatformState(value) ? value : '');
        }}
        w={220}
      />
    </Group>
  );
}
