// The parents' page (000, 003): no sign-in. What is sent goes to the school's safeguarding team (a child's safety) or
// to the headteacher and the school office (anything else); the acknowledgement gives a reference and says nothing else, whatever was sent.
import { Alert, Button, Card, Container, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { usePageTitle } from '../../../lib/use-page-title';
import { usePublicConcernForm, useSubmitPublicConcern } from '../api/concerns';

export function PublicConcernRoute() {
  const { token = '' } = useParams();
  usePageTitle('Raise a concern with the school');
  const form = usePublicConcernForm(token);
  const submit = useSubmitPublicConcern(token);
  const [kind, setKind] = useState('complaint');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [message, setMessage] = useState('');
  const field = (f: string) => (isApiError(submit.error) ? submit.error.fieldMessage(f) : undefined);

  return (
    <Container size="sm" py="xl" component="main" id="main">
      <Stack>
        <Title order={1}>Raise a concern{form.data ? ` with ${form.data.schoolName}` : ''}</Title>
        {form.isError ? (
          <Alert color="red">This page could not be found. Check the address the school gave you.</Alert>
        ) : null}
        {submit.data ? (
          <Alert color="green" title="Thank you: your message has reached the school">
            <Text>
              Your reference is <strong data-testid="public-reference">{submit.data.reference}</strong>. Please quote it
              if you contact the school about this. Someone will respond in line with the school's policy.
            </Text>
          </Alert>
        ) : form.data ? (
          <Card withBorder padding="lg">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                submit.mutate({ kind: kind as 'complaint', name, email, phone, message });
              }}
            >
              <Stack>
                <Text>
                  Please raise concerns here rather than on social media. If a child is in immediate danger, call 999.
                </Text>
                <Radio.Group label="What are you writing about?" value={kind} onChange={setKind}>
                  <Stack gap="xs" mt="xs">
                    <Radio value="child_safety" label="I am worried about a child's safety" />
                    <Radio value="complaint" label="A complaint or concern about the school" />
                    <Radio value="other" label="Something else" />
                  </Stack>
                </Radio.Group>
                <TextInput
                  label="Your name"
                  required
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  error={field('name')}
                />
                <TextInput
                  label="Email address"
                  type="email"
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  error={field('email')}
                />
                <TextInput
                  label="Phone number"
                  type="tel"
                  value={phone}
                  onChange={(e) => setPhone(e.currentTarget.value)}
                  error={field('phone')}
                />
                <Textarea
                  label="What has happened?"
                  required
                  autosize
                  minRows={5}
                  maxLength={5000}
                  value={message}
                  onChange={(e) => setMessage(e.currentTarget.value)}
                  error={field('message')}
                />
                {submit.isError && (!isApiError(submit.error) || submit.error.fields.length === 0) ? (
                  <Alert color="red">{errorMessage(submit.error)}</Alert>
                ) : null}
                <Button type="submit" loading={submit.isPending} w="fit-content">
                  Send to the school
                </Button>
              </Stack>
            </form>
          </Card>
        ) : null}
      </Stack>
    </Container>
  );
}
