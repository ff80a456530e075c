import { useContext } from 'react';
import { DatabaseContext, type DatabaseValue } from './database-context';

/** Which database the app works on (real data or training), its name, and the switch. */
export function useDatabase(): DatabaseValue {
  const value = useContext(DatabaseContext);
  if (value === null) throw new Error('useDatabase() needs a <StoreProvider> above it');
  return value;
}
