import { useMemo } from 'react';
import { buildCasebookView, type CasebookView } from '../../../shared/casebook';
import type { SubjectRow } from '../../../shared/events';
import { useProtocols, useSession, useStore } from '../../app/providers';
import { useToday } from '../../app/use-today';
import { casebookRows } from '../../db/casebook-reads';
import { useLiveQuery } from '../../db/use-live-query';

export type CasebookState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'unknown-subject' }
  | { readonly status: 'protocol-missing'; readonly subject: SubjectRow }
  | { readonly status: 'ready'; readonly view: CasebookView };

/**
 * The subject's casebook for the person using the laptop (blinded or not), kept live: a value saved in
 * another window shows up. Read with the protocol version the subject is entered under.
 */
export function useCasebook(subjectId: string): CasebookState {
  const store = useStore();
  const { get } = useProtocols();
  const { user } = useSession();
  const today = useToday();
  const rows = useLiveQuery(() => casebookRows(store, subjectId), [store, subjectId]);
  return useMemo((): CasebookState => {
    if (rows.status === 'loading') return rows;
    if (rows.status === 'failed') return rows;
    if (rows.value === undefined) return { status: 'unknown-subject' };
    const { subject } = rows.value;
    const protocol = get(subject.protocolId, subject.protocolVersion);
    if (protocol === undefined) return { status: 'protocol-missing', subject };
    return { status: 'ready', view: buildCasebookView({ ...rows.value, protocol, blinded: user.blinded, today }) };
  }, [rows, get, user.blinded, today]);
}
