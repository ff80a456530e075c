import { useTranslation } from 'react-i18next';
import type { WriteContext } from '../../../db';
import { SaveFailedDialog } from '../../../app/SaveFailedDialog';
import { Field } from '../../../ui';
import { useBilingual } from '../use-bilingual';
import { parseDraft, type ScreeningField, type ValueDraft } from './screening-fields';
import { ScreeningValueInput } from './ScreeningValueInput';
import { useValueAutosave } from './use-value-autosave';

export interface ScreeningValuesProps {
  readonly subjectId: string;
  readonly visitId: string;
  readonly ctx: WriteContext;
  readonly fields: readonly ScreeningField[];
  readonly drafts: Readonly<Record<string, ValueDraft>>;
  /** Keys that have a stored value (clearing one is a change to save). */
  readonly stored: ReadonlySet<string>;
  readonly onChange: (key: string, draft: ValueDraft) => void;
  readonly disabled: boolean;
}

/** The values the machine criteria read; the checklist re-evaluates as they are typed, each saves on leaving. */
export function ScreeningValues({ subjectId, visitId, ctx, fields, drafts, stored, onChange, disabled }: ScreeningValuesProps) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const autosave = useValueAutosave(subjectId, visitId, ctx);
  return (
    <fieldset className="screening-values" disabled={disabled}>
      <legend className="visually-hidden">{t('care.screening.valuesTitle')}</legend>
      {fields.map((info) => {
        const key = info.field.key;
        const draft = drafts[key] ?? { value: '', unit: '' };
        const problems = draft.value.trim() === '' ? [] : parseDraft(info, draft).problems;
        const error = problems.find((p) => p.severity === 'error');
        const warning = problems.find((p) => p.severity === 'warning');
        const state = autosave.states[key];
        const hint = [
          info.field.kind === 'date' ? t('care.common.dateFormat') : undefined,
          warning === undefined ? undefined : pick(warning.message),
          state === 'saved' ? t('care.screening.saved') : state === 'saving' ? t('care.screening.saving') : undefined,
        ].filter((x) => x !== undefined);
        return (
          <Field key={key} label={pick(info.field.label)} hint={hint.length === 0 ? undefined : hint.join(' · ')} error={error === undefined ? undefined : pick(error.message)}>
            {(control) => (
              <ScreeningValueInput
                field={info.field}
                control={control}
                draft={draft}
                onChange={(next) => onChange(key, next)}
                onCommit={(next) => void autosave.save(info, next, stored.has(key))}
              />
            )}
          </Field>
        );
      })}
      {autosave.failure === undefined ? null : <SaveFailedDialog error={autosave.failure} onClose={autosave.dismissFailure} />}
    </fieldset>
  );
}
