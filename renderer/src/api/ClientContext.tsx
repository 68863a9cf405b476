import { createContext, useContext } from 'react';
import type { GuftaguClient } from './client';

export const ClientContext = createContext<GuftaguClient | undefined>(undefined);

export function useClient(): GuftaguClient {
  const client = useContext(ClientContext);
  if (client === undefined) throw new Error('useClient needs a <ClientContext.Provider> above it.');
  return client;
}
