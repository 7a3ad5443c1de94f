import { NotBuiltPanel } from '../components/not-built-panel';
import { NAV_ITEMS } from '../nav-items';

export function NotBuiltRoute({ path }: { path: string }) {
  const item = NAV_ITEMS.find((candidate) => candidate.path === path);
  if (!item) return null;
  return <NotBuiltPanel item={item} />;
}
