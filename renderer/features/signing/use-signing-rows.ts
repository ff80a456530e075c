import { useStore } from '../../app/providers';
import { signingRows } from '../../db';
import { useLiveQuery } from '../../db/use-live-query';
import type { SigningRows } from './signing-model';

/** The subject's entries, queries and signatures, kept current: one read for every signing control of a page. */
export function useSigningRows(subjectId: string): SigningRows | undefined {
  const store = useStore();
  const state = useLiveQuery(() => signingRows(store, subjectId), [store, subjectId]);
  return state.status === 'ready' ? state.value : undefined;
}
