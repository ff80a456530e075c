import { createContext, useContext, useSyncExternalStore } from 'react';
import type { FieldSaveStatus } from './save-outcome';
import type { VisitSaver } from './visit-saver';

/** The autosave of the page: one per visit page, shared by every form on it. */
export const SaverContext = createContext<VisitSaver | null>(null);

export function useSaver(): VisitSaver {
  const saver = useContext(SaverContext);
  if (saver === null) throw new Error('useSaver() needs a <SaverContext.Provider> above it');
  return saver;
}

/** One field's save status, re-rendered only when the saver changes. */
export function useFieldSaveStatus(key: string): FieldSaveStatus {
  const saver = useSaver();
  return useSyncExternalStore(saver.subscribe, () => saver.statusOf(key));
}

/** A number that changes whenever any field's save status changes (for summaries). */
export function useSaverVersion(saver: VisitSaver): number {
  return useSyncExternalStore(saver.subscribe, saver.getVersion);
}
