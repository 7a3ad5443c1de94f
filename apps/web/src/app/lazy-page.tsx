// A page whose code is downloaded when its route is first opened, so the first load carries only the shell and the
// page in front of the person. While the page's script arrives, a status message says so to screen readers.
import { lazy, Suspense, type ComponentType } from 'react';
import { CentredLoader } from '../components/centred-loader';

/** `lazyPage(() => import('./x-route'), 'XRoute')`: the named export of a route module, as a route element. */
export function lazyPage<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
  ...props: object extends Props ? [] : [Props]
) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType<object> }));
  return (
    <Suspense fallback={<CentredLoader label="Loading page" />}>
      <Page {...props[0]} />
    </Suspense>
  );
}
