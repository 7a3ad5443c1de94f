import { Button, NativeSelect, PasswordInput, Radio, Stack, TextInput, Title, Group } from '@mantine/core';
import type { NewSchool, SetupRequest } from '@schoolgate/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useCompleteSetup } from '../api/setup';
import { SchoolFields } from './school-fields';

export const TEMPLATE_OPTIONS = [
  { value: 'community-primary-parents-ladder', label: 'Community primary: parents and a warning ladder' },
  { value: 'primary-staff-conduct', label: 'Primary: staff conduct' },
  { value: 'secondary-accounts-and-roles', label: 'Secondary: accounts and roles' },
  { value: 'independent-all-through', label: 'Independent all-through school' },
  { value: 'multi-academy-trust', label: 'Multi-academy trust' },
];

interface SetupFormProps {
  initialToken: string;
  onDone: (credentials: { email: string; password: string }) => void;
}

export function SetupForm({ initialToken, onDone }: SetupFormProps) {
  const setup = useCompleteSetup();
  const [token, setToken] = useState(initialToken);
  const [organisation, setOrganisation] = useState<SetupRequest['organisation']>('school');
  const [trustName, setTrustName] = useState('');
  const [school, setSchool] = useState<NewSchool>({ name: '', urn: '', nation: 'england_wales' });
  const [templateId, setTemplateId] = useState('');
  const [person, setPerson] = useState({ firstName: '', lastName: '', email: '', password: '' });
  const error = setup.error;
  const fieldError = (field: string) => (isApiError(error) ? error.fieldMessage(field) : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = {
      token,
      organisation,
      trustName: organisation === 'trust' ? trustName : undefined,
      school,
      templateId,
      person,
    } as SetupRequest;
    setup.mutate(body, { onSuccess: (result) => onDone({ email: result.email, password: person.password }) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Set up Schoolgate">
      <Stack gap="md">
        <ErrorAlert error={error} title="Schoolgate could not be set up" />
        <TextInput
          label="Set-up token"
          description="Printed in the terminal when Schoolgate started."
          required
          value={token}
          onChange={(e) => setToken(e.currentTarget.value)}
          error={fieldError('token')}
        />
        <Radio.Group
          label="What are you setting up?"
          required
          value={organisation}
          onChange={(v) => setOrganisation(v as SetupRequest['organisation'])}
        >
          <Group mt="xs">
            <Radio value="school" label="A single school (I am the headteacher)" />
            <Radio value="trust" label="A trust (I am in its central team)" />
          </Group>
        </Radio.Group>
        {organisation === 'trust' ? (
          <TextInput
            label="Trust name"
            required
            value={trustName}
            onChange={(e) => setTrustName(e.currentTarget.value)}
            error={fieldError('trustName')}
          />
        ) : null}
        <Title order={2} fz="lg">
          {organisation === 'trust' ? 'The first school' : 'The school'}
        </Title>
        <SchoolFields value={school} onChange={setSchool} errorFor={(f) => fieldError(`school.${f}`)} />
        <NativeSelect
          label="Policy template"
          description="Your policy starts from this; you change it and take it to governors afterwards."
          required
          data={[{ value: '', label: 'Choose a template' }, ...TEMPLATE_OPTIONS]}
          value={templateId}
          onChange={(e) => setTemplateId(e.currentTarget.value)}
          error={fieldError('templateId')}
        />
        <Title order={2} fz="lg">
          {organisation === 'trust' ? 'You, in the trust’s central team' : 'You, the headteacher'}
        </Title>
        <Group grow>
          <TextInput
            label="First name"
            required
            autoComplete="given-name"
            value={person.firstName}
            onChange={(e) => setPerson({ ...person, firstName: e.currentTarget.value })}
            error={fieldError('person.firstName')}
          />
          <TextInput
            label="Last name"
            required
            autoComplete="family-name"
            value={person.lastName}
            onChange={(e) => setPerson({ ...person, lastName: e.currentTarget.value })}
            error={fieldError('person.lastName')}
          />
        </Group>
        <TextInput
          label="Email address"
          type="email"
          required
          autoComplete="username"
          value={person.email}
          onChange={(e) => setPerson({ ...person, email: e.currentTarget.value })}
          error={fieldError('person.email')}
        />
        <PasswordInput
          label="Password"
          description="At least 12 characters. Next you set up two-factor sign-in with an authenticator app."
          required
          autoComplete="new-password"
          value={person.password}
          onChange={(e) => setPerson({ ...person, password: e.currentTarget.value })}
          error={fieldError('person.password')}
        />
        <Button type="submit" loading={setup.isPending}>
          Set up Schoolgate
        </Button>
      </Stack>
    </form>
  );
}
