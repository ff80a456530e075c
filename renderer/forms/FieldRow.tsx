import { useTranslation } from 'react-i18next';
import type { ComponentType } from 'react';
import type { FieldEntry, FieldModel, Language } from '../../shared/forms';
import { useFieldSaveStatus } from './autosave/saver-context';
import type { FieldInputProps } from './field-input-props';
import { inputIdOf, fieldKey, type FieldAddress } from './field-path';
import { FIELD_INPUTS } from './field-registry';
import { RADIO_LIMIT } from './inputs/ChoiceInput';
import { MissingReasonSelect } from './MissingReasonSelect';
import { ProblemList, type ShownProblem } from './ProblemList';
import { SaveBadge } from './SaveBadge';
import { SoftConfirm } from './SoftConfirm';

export interface FieldRowProps {
  readonly field: FieldModel;
  readonly address: FieldAddress;
  readonly language: Language;
  readonly problems: readonly ShownProblem[];
  /** A warning is shown: offer "unusual value: confirm". */
  readonly hasWarning: boolean;
  readonly entry: FieldEntry | undefined;
  /** The store holds something for this field (a value, a missing reason). */
  readonly stored: boolean;
  /** No value and no missing reason on screen (Alt+N looks for these). */
  readonly empty: boolean;
  readonly onHistory: (address: FieldAddress) => void;
}

const isGroupKind = (field: FieldModel): boolean => field.kind === 'boolean' || (field.kind === 'choice' && field.choices.length <= RADIO_LIMIT);

/** One field: label, the kind's input, missing reason, problems, confirmation, save status, history. */
export function FieldRow({ field, address, language, problems, hasWarning, entry, stored, empty, onHistory }: FieldRowProps) {
  const { t } = useTranslation();
  const key = fieldKey(address);
  const status = useFieldSaveStatus(key);
  const inputId = inputIdOf(address);
  const labelId = `${inputId}-label`;
  const helpId = `${inputId}-help`;
  const problemsId = `${inputId}-problems`;
  const statusId = `${inputId}-status`;
  const label = field.label[language];
  const help = field.help?.[language];
  const describedBy = [help === undefined ? undefined : helpId, problems.length > 0 ? problemsId : undefined, statusId].filter((x) => x !== undefined).join(' ');
  const invalid = problems.some((p) => p.severity === 'error');
  // The registry is exhaustive per kind; the cast only tells TypeScript that kind and component agree.
  const Input = FIELD_INPUTS[field.kind] as ComponentType<FieldInputProps>;
  const LabelTag = isGroupKind(field) ? 'span' : 'label';
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      id={`${inputId}-row`}
      className={`entry-row${invalid ? ' entry-row--invalid' : ''}`}
      data-field-key={address.itemId}
      data-empty={empty ? 'true' : 'false'}
    >
      <div className="entry-row__label">
        <LabelTag id={labelId} {...(LabelTag === 'label' ? { htmlFor: inputId } : {})} className="entry-label">
          {label}
        </LabelTag>
        {field.required ? (
          <span className="entry-required" title={t('entry.field.required')}>
            <span aria-hidden="true">*</span>
            <span className="visually-hidden">{t('entry.field.required')}</span>
          </span>
        ) : null}
      </div>
      <div className="entry-row__controls">
        <Input field={field} inputId={inputId} labelId={labelId} describedBy={describedBy} invalid={invalid} language={language} entry={entry} />
        <MissingReasonSelect field={field} language={language} describedBy={describedBy} />
      </div>
      <div className="entry-row__status">
        <SaveBadge id={statusId} status={status} stored={stored} />
        <button type="button" className="button entry-small-button" aria-label={t('entry.history.of', { label })} onClick={() => onHistory(address)}>
          {t('entry.history.button')}
        </button>
      </div>
      {help === undefined ? null : (
        <p id={helpId} className="entry-help">
          {help}
        </p>
      )}
      <div className="entry-row__problems">
        <ProblemList id={problemsId} problems={problems} />
        {hasWarning ? <SoftConfirm fieldKey={field.key} label={label} /> : null}
      </div>
    </div>
  );
}
