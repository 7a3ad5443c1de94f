// Zod's own messages ("Invalid UUID", "Too small: expected string to have >=1 characters") reach people whenever a
// contract gives a field no message of its own: the API sends them back naming the field, and forms show them as
// they are. This puts them in plain words, once, for every contract. A message a schema writes itself still wins.
import { z } from 'zod';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const howMany = (n: unknown) =>
  typeof n === 'bigint' || typeof n === 'number' ? n.toLocaleString('en-GB') : String(n);

/** The message for one of zod's issues, or undefined to keep zod's (for kinds that never reach a form). */
export function plainMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? 'This is needed.'
        : 'This is not the right kind of answer.';
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') {
        return 'This is not a Schoolgate record number: copy it from the record’s page address or from the list.';
      }
      if (issue.format === 'email') return 'Enter an email address, like name@school.org.uk.';
      if (issue.format === 'url') return 'Enter a web address starting https://.';
      if (issue.format === 'datetime' || issue.format === 'date') return 'Enter a date.';
      return 'This is not in the form expected.';
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'This is needed.' : `Use at least ${howMany(issue.minimum)} characters.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') return `Choose at least ${howMany(issue.minimum)}.`;
      return `Use ${howMany(issue.minimum)} or more.`;
    case 'too_big':
      if (issue.origin === 'string') return `Keep it to ${howMany(issue.maximum)} characters or fewer.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Choose no more than ${howMany(issue.maximum)}.`;
      return `Use ${howMany(issue.maximum)} or less.`;
    case 'invalid_value':
      return 'Choose one of the options offered.';
    default:
      return undefined;
  }
}

z.config({ customError: plainMessage });
