/**
 * renderer/forms: draws the form engine's models (shared/forms) and saves what is typed.
 * - FormRenderer: one record of a FormModel through the exhaustive kind registry (field-registry.ts),
 *   react-hook-form holding the drafts, the generated zod draft schema as resolver;
 * - autosave: VisitSaver (debounced per field, flushed on demand, failures kept and retried) and
 *   writeField (form engine → repository);
 * - dialogs: reason for change, blocking save error, leaving with unsaved values, field history.
 * Business rules stay in shared/forms; storage in renderer/db. See README.md.
 */
export { FormRenderer, type FormRendererProps, type RecordHandle } from './FormRenderer';
export { FIELD_INPUTS, type FieldRegistry } from './field-registry';
export type { FieldInputProps, RecordValues } from './field-input-props';
export { fieldKey, inputIdOf, recordKey, type FieldAddress, type RecordAddress } from './field-path';
export { draftFromItem, draftFromVersion, draftsFromEntry, emptyFieldDraft, fromStoredMissingCode, writeOf, type FieldWrite } from './store-drafts';
export { describeVersion } from './describe-version';
export { describeDraft } from './describe-draft';
export type { FieldExtras, FieldExtrasOf, FieldNote } from './field-extras';
export { formatNumber, localized, unitLabel } from './labels';
export { focusFieldRow, focusNextEmptyField, focusNextField, isMoveOnKey, rowOf, HISTORY_KEY, NEXT_EMPTY_KEY } from './keyboard';
export { localDate, localDateTime, localStamp } from './inputs/local-time';
export { AUTOSAVE_DELAY_MS, VisitSaver, type FieldFailure, type FlushOptions, type SaverDeps, type SaverTimers, type UnsavedField } from './autosave/visit-saver';
export { isUnsaved, summarise, type FieldSaveStatus, type SaveOutcome, type SaveSummary } from './autosave/save-outcome';
export { SaverContext, useFieldSaveStatus, useSaver, useSaverVersion } from './autosave/saver-context';
export { itemRefOf, writeField, type VisitWriteTarget } from './autosave/write-field';
export { Dialog, type DialogProps } from './dialogs/Dialog';
export { ReasonDialog, type ReasonDialogProps } from './dialogs/ReasonDialog';
export { SaveErrorDialog, type FailedField, type SaveErrorDialogProps } from './dialogs/SaveErrorDialog';
export { LeaveDialog, type UnsavedItem } from './dialogs/LeaveDialog';
