import { useTranslation } from 'react-i18next';
import type { ComponentType } from 'react';
import type { FieldDraft, FieldEntry, FieldModel, Language } from '../../shared/forms';
import { useFieldSaveStatus } from './autosave/saver-context';
import { describeDraft } from './describe-draft';
import type { FieldExtras } from './field-extras';
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
  /** Read-only (a role that may not change values): the value as text, and the id of the text saying why. */
  readonly readOnly?: { readonly draft: FieldDraft | undefined; readonly reasonId: string } | undefined;
  /** Highlight, controls and notes the page adds (queries, verification, review findings). */
  readonly extras?: FieldExtras | undefined;
}

const isGroupKind = (field: FieldModel): boolean => field.kind === 'boolean' || (field.kind === 'choice' && field.choices.length <= RADIO_LIMIT);

/** One field: label, the kind's input, missing reason, problems, confirmation, save status, history. */
export function FieldRow({ field, address, language, problems, hasWarning, entry, stored, empty, onHistory, readOnly, extras }: FieldRowProps) {
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
  const notes = extras?.notes ?? [];
  const describedBy = [
    help === undefined ? undefined : helpId,
    problems.length > 0 ? problemsId : undefined,
    ...notes.map((n) => n.id),
    readOnly?.reasonId,
    statusId,
  ]
    .filter((x) => x !== undefined)
    .join(' ');
  const invalid = problems.some((p) => p.severity === 'error');
  // The registry is exhaustive per kind; the cast only tells TypeScript that kind and component agree.
  const Input = FIELD_INPUTS[field.kind] as ComponentType<FieldInputProps>;
  const LabelTag = readOnly === undefined && isGroupKind(field) ? 'span' : 'label';
  const classes = ['entry-row', invalid ? 'entry-row--invalid' : '', extras?.highlight === true ? 'entry-row--finding' : '', readOnly === undefined ? '' : 'entry-row--read-only'];
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      id={`${inputId}-row`}
      className={classes.filter((c) => c !== '').join(' ')}
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
        {readOnly === undefined ? (
          <>
            <Input field={field} inputId={inputId} labelId={labelId} describedBy={describedBy} invalid={invalid} language={language} entry={entry} />
            <MissingReasonSelect field={field} language={language} describedBy={describedBy} />
          </>
        ) : (
          <input
            id={inputId}
            type="text"
            readOnly
            value={describeDraft(field, readOnly.draft, language, t)}
            placeholder={t('review.readOnly.empty')}
            aria-labelledby={labelId}
            aria-describedby={describedBy}
            className="entry-input entry-input--read-only"
            data-field-input=""
          />
        )}
      </div>
      <div className="entry-row__status">
        {extras?.actions}
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
        {hasWarning && readOnly === undefined ? <SoftConfirm fieldKey={field.key} label={label} /> : null}
      </div>
      {notes.length === 0 ? null : (
        <ul className="entry-row__notes">
          {notes.map((note) => (
            <li key={note.id} id={note.id} className={`entry-note entry-note--${note.tone}`}>
              {note.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
