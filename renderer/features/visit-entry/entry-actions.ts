import { createContext, useContext } from 'react';
import type { CompletionResult, EntryContext, FieldDraft, FormModel, Language } from '../../../shared/forms';
import type { FieldAddress, RecordAddress, RecordHandle } from '../../forms';
import type { VisitReview } from './use-visit-review';

/** The last "Complete" attempt on a record, to show what blocks it. */
export interface CompletionAttempt {
  readonly result: CompletionResult;
}

/** What the forms of the visit page can do; provided once by VisitEntry. */
export interface EntryActions {
  readonly language: Language;
  readonly context: EntryContext;
  readonly onDraftChange: (address: FieldAddress, draft: FieldDraft) => void;
  readonly onCommit: (address: FieldAddress) => void;
  readonly onHistory: (address: FieldAddress) => void;
  readonly registerRecord: (record: RecordAddress, handle: RecordHandle | null) => void;
  readonly attemptOf: (record: RecordAddress) => CompletionAttempt | undefined;
  readonly complete: (model: FormModel, recordId: string, confirmWarnings: boolean) => Promise<void>;
  readonly addRecord: (model: FormModel) => Promise<void>;
  /** Answers "none to report" on a log (or withdraws it); 'needs-reason' when settled data asks for one. */
  readonly setLogNone: (model: FormModel, none: boolean, reason?: string) => Promise<'saved' | 'unchanged' | 'needs-reason' | 'failed'>;
  /** A record just added: its first field takes the focus once it is on screen. */
  readonly focusRequest: RecordAddress | null;
  readonly clearFocusRequest: () => void;
  readonly removeRecord: (model: FormModel, recordId: string, label: string) => void;
  readonly retry: () => void;
  /** A display name for a user id (history, "completed by"). */
  readonly nameOf: (userId: string) => string;
  /** Queries, source-data verification, review findings and what this role may not do. */
  readonly review: VisitReview;
  /** When a valid signature locks the form: the id of the notice saying so (its fields are read-only). */
  readonly lockOf: (formId: string) => string | undefined;
}

export const EntryActionsContext = createContext<EntryActions | null>(null);

export function useEntryActions(): EntryActions {
  const actions = useContext(EntryActionsContext);
  if (actions === null) throw new Error('useEntryActions() needs <EntryActionsContext.Provider> (VisitEntry)');
  return actions;
}
