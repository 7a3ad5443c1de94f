import { SectionNav } from '../../../components/section-nav';

const LINKS = [
  { to: '/moderation', label: 'Comments' },
  { to: '/moderation/compliance', label: 'Response times' },
  { to: '/moderation/messages', label: 'Private messages' },
];

export function ModerationSubnav() {
  return <SectionNav label="Moderation" links={LINKS} />;
}
