import type { ClauseStatus } from '@schoolgate/contracts';
import { WordBadge } from '../../../components/word-badge';

// Words carry the meaning and colour only repeats it; dark text on a pale fill keeps every pair above 4.5:1.
const styles: Record<ClauseStatus | 'locked', { bg: string; c: string; label: string; title: string }> = {
  enforced: {
    bg: 'green.0',
    c: '#1e6b2f',
    label: 'Enforced by Schoolgate',
    title: 'Schoolgate applies this rule; its words are written from the settings.',
  },
  recorded: {
    bg: 'blue.0',
    c: 'blue.9',
    label: 'Recorded by Schoolgate',
    title: 'People do this and Schoolgate keeps the record.',
  },
  guidance: {
    bg: 'gray.1',
    c: 'gray.9',
    label: 'Guidance',
    title: 'People follow this; Schoolgate neither applies nor records it.',
  },
  locked: {
    bg: 'yellow.0',
    c: '#7a4a00',
    label: 'Locked by the trust',
    title: 'Set by the trust for every school.',
  },
};

export function ClauseStatusBadge({ status }: { status: ClauseStatus | 'locked' }) {
  const style = styles[status];
  return (
    <WordBadge colours={style} title={style.title}>
      {style.label}
    </WordBadge>
  );
}
