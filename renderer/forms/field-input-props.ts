import type { FieldDraft, FieldEntry, FieldModel, Language } from '../../shared/forms';

/** react-hook-form values of one record: a draft per field key ("drafts are strings"). */
export type RecordValues = Record<string, FieldDraft>;

/** What every field-kind component gets from its row. */
export interface FieldInputProps<F extends FieldModel = FieldModel> {
  readonly field: F;
  /** The id of the main input (Enter, Alt+N and "jump to field" focus it). */
  readonly inputId: string;
  /** The id of the visible label: inputs and groups are named by it. */
  readonly labelId: string;
  /** Help, problems and save status, announced with the input. */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  readonly language: Language;
  /** The engine's reading of the draft: the value in the stored unit, for the conversion shown beside it. */
  readonly entry: FieldEntry | undefined;
}
