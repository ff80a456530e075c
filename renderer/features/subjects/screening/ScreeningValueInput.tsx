import { useTranslation } from 'react-i18next';
import type { FieldModel } from '../../../../shared/forms';
import type { FieldControlProps } from '../../../ui';
import { useBilingual } from '../use-bilingual';
import type { ValueDraft } from './screening-fields';

export interface ScreeningValueInputProps {
  readonly field: FieldModel;
  readonly control: FieldControlProps;
  readonly draft: ValueDraft;
  readonly onChange: (draft: ValueDraft) => void;
  /** Leaving the input (or picking from a list) saves it. */
  readonly onCommit: (draft: ValueDraft) => void;
}

/** The input for one screening value, by kind: a number with its unit, a date, a choice, yes/no or text. */
export function ScreeningValueInput({ field, control, draft, onChange, onCommit }: ScreeningValueInputProps) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const label = pick(field.label);
  switch (field.kind) {
    case 'choice':
    case 'boolean': {
      const options = field.kind === 'choice' ? field.choices.map((c) => ({ code: c.code, label: pick(c.label) })) : [
        { code: 'true', label: t('care.common.yes') },
        { code: 'false', label: t('care.common.no') },
      ];
      return (
        <select
          {...control}
          value={draft.value}
          onChange={(e) => {
            const next = { ...draft, value: e.target.value };
            onChange(next);
            onCommit(next);
          }}
        >
          <option value="">{t('care.common.notEntered')}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      );
    }
    case 'quantity':
    case 'integer': {
      const units = field.units;
      return (
        <span className="value-row">
          <input
            {...control}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={draft.value}
            onChange={(e) => onChange({ ...draft, value: e.target.value })}
            onBlur={() => onCommit(draft)}
          />
          {units.length > 1 ? (
            <select
              aria-label={t('care.screening.unitOf', { label })}
              value={draft.unit === '' ? (units[0]?.unit ?? '') : draft.unit}
              onChange={(e) => {
                const next = { ...draft, unit: e.target.value === units[0]?.unit ? '' : e.target.value };
                onChange(next);
                if (next.value.trim() !== '') onCommit(next);
              }}
            >
              {units.map((u) => (
                <option key={u.unit} value={u.unit}>
                  {pick(u.label)}
                </option>
              ))}
            </select>
          ) : units[0] === undefined ? null : (
            <span>{pick(units[0].label)}</span>
          )}
        </span>
      );
    }
    case 'date':
    case 'datetime':
    case 'text':
      return (
        <input
          {...control}
          type="text"
          autoComplete="off"
          value={draft.value}
          onChange={(e) => onChange({ ...draft, value: e.target.value })}
          onBlur={() => onCommit(draft)}
        />
      );
  }
}
