import type { Result } from '../../../shared/lib/result';
import { closeStore, openStore, type Store, type WriteError } from '../../db';
import { copySessionSettings, REAL_DATABASE_NAME, TRAINING_DATABASE_NAME } from '../../db/training-database';

/** Which database the app works on: the study's real data, or the training database of synthetic subjects. */
export type DatabaseChoice = 'real' | 'training';

/** Where opening the store is: opening, open, or failed with a classified error (nothing can be saved). */
export type StoreState =
  | { readonly status: 'opening'; readonly database: DatabaseChoice }
  | { readonly status: 'open'; readonly store: Store; readonly database: DatabaseChoice }
  | { readonly status: 'failed'; readonly error: WriteError; readonly database: DatabaseChoice };

/** The part of `localStorage` the gate uses to remember the choice across restarts. */
export interface ChoiceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage key holding "training" while the app works on the training database (absent: real data). */
export const DATABASE_CHOICE_KEY = 'ecrf.database';

export const DEFAULT_DATABASE_NAMES: Readonly<Record<DatabaseChoice, string>> = { real: REAL_DATABASE_NAME, training: TRAINING_DATABASE_NAME };

/**
 * Opens the store once, at start-up, outside React (so StrictMode's double renders never open it twice),
 * and lets <StoreProvider> follow it. `retry()` tries again after a failure (e.g. another window blocked it).
 * `switchTo()` closes the database in use and opens the other one (real data or training).
 */
export interface StoreGate {
  readonly state: () => StoreState;
  readonly subscribe: (onChange: () => void) => () => void;
  readonly retry: () => void;
  /** Closes the store (tests, shutdown). */
  readonly close: () => void;
  /** The database in use, or being opened. */
  readonly database: () => DatabaseChoice;
  /** The IndexedDB database name of each choice. */
  readonly names: Readonly<Record<DatabaseChoice, string>>;
  /**
   * Closes the store in use and opens the chosen database; the choice is remembered across restarts. The
   * first time the training database is opened from the real one, it gets the same people, current user and
   * site (not the data). Resolves once the new store is open or failed.
   */
  readonly switchTo: (database: DatabaseChoice) => Promise<void>;
}

export interface StoreGateOptions {
  /** Database names (default `bedside-ecrf` and `bedside-ecrf-training`). */
  readonly names?: Partial<Record<DatabaseChoice, string>>;
  /** Where the choice is remembered (default: localStorage when there is one; null: never remembered). */
  readonly choiceStorage?: ChoiceStorage | null;
}

function defaultChoiceStorage(): ChoiceStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a sandboxed page may refuse access to storage
  }
}

function readChoice(storage: ChoiceStorage | null): DatabaseChoice {
  try {
    return storage?.getItem(DATABASE_CHOICE_KEY) === 'training' ? 'training' : 'real';
  } catch {
    return 'real';
  }
}

function writeChoice(storage: ChoiceStorage | null, database: DatabaseChoice): void {
  try {
    if (database === 'training') storage?.setItem(DATABASE_CHOICE_KEY, 'training');
    else storage?.removeItem(DATABASE_CHOICE_KEY);
  } catch {
    // Not remembered: the next start opens the real data, which is the safe side.
  }
}

export function createStoreGate(
  open: (name: string) => Promise<Result<Store, WriteError>> = (name) => openStore({ name }),
  options: StoreGateOptions = {},
): StoreGate {
  const names = { ...DEFAULT_DATABASE_NAMES, ...options.names };
  const choiceStorage = options.choiceStorage === undefined ? defaultChoiceStorage() : options.choiceStorage;
  let database = readChoice(choiceStorage);
  let state: StoreState = { status: 'opening', database };
  let attempt = 0;
  const listeners = new Set<() => void>();
  const set = (next: StoreState): void => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const opened = async (name: string): Promise<Result<Store, WriteError>> => {
    try {
      return await open(name);
    } catch (error) {
      return { ok: false, issues: { kind: 'unknown', message: error instanceof Error ? error.message : String(error) } };
    }
  };
  /** Opens `database`; `previous` (the store in use) is closed once the new one is ready. */
  const start = async (previous?: Store): Promise<void> => {
    attempt += 1;
    const mine = attempt;
    const target = database;
    set({ status: 'opening', database: target });
    const result = await opened(names[target]);
    if (result.ok && previous !== undefined && target === 'training') await copySessionSettings(previous, result.value);
    if (previous !== undefined) closeStore(previous);
    if (mine !== attempt) {
      // A later switch overtook this one: its store is not wanted any more.
      if (result.ok) closeStore(result.value);
      return;
    }
    set(result.ok ? { status: 'open', store: result.value, database: target } : { status: 'failed', error: result.issues, database: target });
  };
  void start();
  return {
    state: () => state,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    retry: () => {
      if (state.status === 'failed') void start();
    },
    close: () => {
      if (state.status === 'open') closeStore(state.store);
    },
    database: () => database,
    names,
    switchTo: async (next) => {
      if (next === database && state.status === 'open') return;
      const previous = state.status === 'open' ? state.store : undefined;
      database = next;
      writeChoice(choiceStorage, next);
      await start(previous);
    },
  };
}
