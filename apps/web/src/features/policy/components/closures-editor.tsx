import { Button, Group, Stack, Text, TextInput } from '@mantine/core';

export interface Closure {
  from: string;
  to: string;
  label: string;
}

interface ClosuresEditorProps {
  closures: Closure[];
  disabled: boolean;
  onChange: (closures: Closure[]) => void;
  fieldError: (field: string) => string | undefined;
}

/** Days the school is shut besides weekends and bank holidays (INSET days, holidays): deadlines skip them. */
export function ClosuresEditor({ closures, disabled, onChange, fieldError }: ClosuresEditorProps) {
  const change = (index: number, patch: Partial<Closure>) =>
    onChange(closures.map((closure, i) => (i === index ? { ...closure, ...patch } : closure)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        Closure days
      </Text>
      <Text size="sm" c="dimmed">
        Days the school is shut besides weekends and bank holidays. Deadlines do not fall on them.
      </Text>
      {closures.length === 0 ? <Text size="sm">None recorded.</Text> : null}
      {closures.map((closure, index) => (
        <Group key={index} align="flex-end" wrap="wrap">
          <TextInput
            label={`Closure ${index + 1}: name`}
            value={closure.label}
            disabled={disabled}
            onChange={(e) => change(index, { label: e.currentTarget.value })}
            error={fieldError(`calendar.closures.${index}.label`)}
          />
          <TextInput
            label="First day"
            type="date"
            value={closure.from}
            disabled={disabled}
            onChange={(e) => change(index, { from: e.currentTarget.value })}
            error={fieldError(`calendar.closures.${index}.from`)}
          />
          <TextInput
            label="Last day"
            type="date"
            value={closure.to}
            disabled={disabled}
            onChange={(e) => change(index, { to: e.currentTarget.value })}
            error={fieldError(`calendar.closures.${index}.to`)}
          />
          {disabled ? null : (
            <Button variant="subtle" color="red.9" onClick={() => onChange(closures.filter((_, i) => i !== index))}>
              Remove closure {index + 1}
            </Button>
          )}
        </Group>
      ))}
      {disabled ? null : (
        <Group>
          <Button variant="light" onClick={() => onChange([...closures, { from: '', to: '', label: '' }])}>
            Add a closure day
          </Button>
        </Group>
      )}
    </Stack>
  );
}
