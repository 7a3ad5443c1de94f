import { Group, NativeSelect, TextInput } from '@mantine/core';

interface ListFiltersProps {
  searchLabel: string;
  search: string;
  onSearch: (value: string) => void;
  selectLabel: string;
  selectValue: string;
  selectOptions: { value: string; label: string }[];
  onSelect: (value: string) => void;
}

/** A search box and one drop-down filter; the lists update as people type, so there is no separate button. */
export function ListFilters(props: ListFiltersProps) {
  return (
    <Group align="flex-end" gap="md" mb="md" role="search" aria-label="Filter the list">
      <TextInput
        label={props.searchLabel}
        type="search"
        value={props.search}
        onChange={(e) => props.onSearch(e.currentTarget.value)}
        w={320}
      />
      <NativeSelect
        label={props.selectLabel}
        value={props.selectValue}
        data={props.selectOptions}
        onChange={(e) => props.onSelect(e.currentTarget.value)}
        w={220}
      />
    </Group>
  );
}
