export { StoreProvider, type StoreProviderProps } from './StoreProvider';
export {
  createStoreGate,
  DATABASE_CHOICE_KEY,
  DEFAULT_DATABASE_NAMES,
  type ChoiceStorage,
  type DatabaseChoice,
  type StoreGate,
  type StoreGateOptions,
  type StoreState,
} from './store-gate';
export { useDatabase } from './use-database';
export type { DatabaseValue } from './database-context';
export { trainingBridge, trainingFileName, TRAINING_FILE_PREFIX, TRAINING_BACKUP_REFUSED } from './training-bridge';
export { useStore } from './use-store';
export { SessionProvider } from './SessionProvider';
export { useSession } from './use-session';
export type { SessionValue, PasswordRefusal } from './session-context';
export { openSession, sessionState, setSessionState, type SessionState } from './session-state';
export { SESSION_ROLES, SITE_ID_PATTERN, asSessionUser, isAdministrator, writeContextOf, type SessionRole, type SessionUser } from './session';
export { ProtocolsProvider, type ProtocolsProviderProps } from './ProtocolsProvider';
export { useProtocols } from './use-protocols';
export type { LoadedProtocol, ProtocolsValue, UnreadableProtocol } from './protocols-context';
export { loadBuiltInProtocols, BUILT_IN_DEFINITIONS, type BuiltInLoad } from './builtin-protocols';
