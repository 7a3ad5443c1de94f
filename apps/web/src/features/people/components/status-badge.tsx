import { WordBadge } from '../../../components/word-badge';

// Dark text on a pale fill, each pair at least 5:1: Mantine's light badges (and even green 9 on green 0, 4.1:1)
// fall below AA contrast at badge size.
const styles = {
  active: { bg: 'green.0', c: '#1e6b2f', label: 'Active' },
  inactive: { bg: 'gray.2', c: 'gray.9', label: 'Inactive' },
  doNotPublish: { bg: 'red.0', c: 'red.9', label: 'Do not publish' },
} as const;

export function StatusBadge({ kind }: { kind: keyof typeof styles }) {
  const style = styles[kind];
  return <WordBadge colours={style}>{style.label}</WordBadge>;
}
