import { createContext } from 'react';
import type { DatabaseChoice } from './store-gate';

export interface DatabaseValue {
  /** The database the app works on. */
  readonly database: DatabaseChoice;
  /** True while the app works on the training database (synthetic subjects): every screen says so. */
  readonly training: boolean;
  /** The IndexedDB name in use. */
  readonly name: string;
  readonly names: Readonly<Record<DatabaseChoice, string>>;
  /** Closes the database in use and opens the other; the whole app re-renders on it. */
  readonly switchTo: (database: DatabaseChoice) => Promise<void>;
}

export const DatabaseContext = createContext<DatabaseValue | null>(null);
