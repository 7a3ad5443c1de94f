import { Button, Group, NativeSelect, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { CreateStaffRequest, StaffMember } from '@schoolgate/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { ROLE_OPTIONS, type Role } from '../../../lib/roles';

export interface StaffFormValues {
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  misId: string;
  role: Role;
  initialPassword: string;
}

interface StaffFormProps {
  /** Present when editing: the form starts from this person's details and does not offer a first password. */
  member?: StaffMember;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: CreateStaffRequest) => void;
  onCancel: () => void;
}

function initialValues(member?: StaffMember): StaffFormValues {
  return {
    firstName: member?.firstName ?? '',
    lastName: member?.lastName ?? '',
    email: member?.email ?? '',
    jobTitle: member?.jobTitle ?? '',
    misId: member?.misId ?? '',
    role: member?.role ?? 'staff',
    initialPassword: '',
  };
}

/** Blank optional fields are sent as null, which the API reads as "none" rather than an invalid value. */
export function toStaffRequest(values: StaffFormValues, includePassword: boolean): CreateStaffRequest {
  const blankToNull = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    email: blankToNull(values.email),
    jobTitle: blankToNull(values.jobTitle),
    misId: blankToNull(values.misId),
    role: values.role,
    ...(includePassword && values.initialPassword !== '' ? { initialPassword: values.initialPassword } : {}),
  };
}

export function StaffForm({ member, pending, error, submitLabel, onSubmit, onCancel }: StaffFormProps) {
  const [values, setValues] = useState<StaffFormValues>(() => initialValues(member));
  const set = (key: keyof StaffFormValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const fieldError = (field: string) => (isApiError(error) ? error.fieldMessage(field) : undefined);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(toStaffRequest(values, !member));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} title="The details could not be saved" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="First name"
            required
            autoComplete="off"
            value={values.firstName}
            onChange={(e) => set('firstName')(e.currentTarget.value)}
            error={fieldError('firstName')}
            data-autofocus
          />
          <TextInput
            label="Last name"
            required
            autoComplete="off"
            value={values.lastName}
            onChange={(e) => set('lastName')(e.currentTarget.value)}
            error={fieldError('lastName')}
          />
        </SimpleGrid>
        <TextInput
          label="Work email address"
          description="Needed if they will sign in to Schoolgate."
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={(e) => set('email')(e.currentTarget.value)}
          error={fieldError('email')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Job title"
            value={values.jobTitle}
            onChange={(e) => set('jobTitle')(e.currentTarget.value)}
            error={fieldError('jobTitle')}
          />
          <TextInput
            label="Staff ID in your MIS"
            description="Lets the next import recognise them."
            value={values.misId}
            onChange={(e) => set('misId')(e.currentTarget.value)}
            error={fieldError('misId')}
          />
        </SimpleGrid>
        <NativeSelect
          label="Role in Schoolgate"
          description="Decides what they can see and do."
          data={ROLE_OPTIONS}
          value={values.role}
          onChange={(e) => set('role')(e.currentTarget.value)}
          error={fieldError('role')}
        />
        {member ? null : (
          <PasswordInput
            label="First password (optional)"
            description="Give one only if they should sign in. At least 12 characters, not a common password and not their name or email; they can change it later."
            autoComplete="new-password"
            value={values.initialPassword}
            onChange={(e) => set('initialPassword')(e.currentTarget.value)}
            error={fieldError('initialPassword')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
