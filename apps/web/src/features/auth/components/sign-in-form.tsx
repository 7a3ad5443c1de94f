import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { SessionStage } from '@schoolgate/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useSignIn } from '../api/sign-in';

interface SignInFormProps {
  onSignedIn: (stage: SessionStage) => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const error = signIn.error;
  const fieldError = (field: string) => (isApiError(error) ? error.fieldMessage(field) : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: (result) => onSignedIn(result.stage) });
  };

  // noValidate: the API's messages are the ones people see, in the same words whatever the browser.
  return (
    <form onSubmit={submit} noValidate aria-label="Sign in">
      <Stack gap="md">
        <ErrorAlert error={error} title="You could not be signed in" />
        <TextInput
          label="Email address"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError('email')}
        />
        <PasswordInput
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError('password')}
        />
        <Button type="submit" loading={signIn.isPending}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
