// The signed-in person, handed down by the route guard, so pages below it never have to handle "nobody".
import type { MeResponse } from '@schoolgate/contracts';
import { createContext, useContext } from 'react';

export const SessionContext = createContext<MeResponse | null>(null);

export function useSession(): MeResponse {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() was called outside the signed-in part of the app.');
  return me;
}
