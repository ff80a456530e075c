import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DerivationModel, DerivationResult, FieldModel, Language, StoredValues, SubjectContext } from '../../../shared/forms';
import { formatNumber } from '../../forms';

export interface DerivedScoresProps {
  readonly derivations: readonly DerivationModel[];
  readonly results: readonly DerivationResult[];
  /** The visit's values now (stored units), which the scores read. */
  readonly values: StoredValues;
  readonly subject: SubjectContext;
  readonly fieldOf: (itemId: string) => FieldModel | undefined;
  readonly language: Language;
  /** Show the inputs and formulas unfolded (the current form holds some of the scores' inputs). */
  readonly unfolded: boolean;
}

function inputText(field: FieldModel, value: StoredValues[string], language: Language, yes: string, no: string): string {
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'number') {
    const decimals = field.kind === 'quantity' ? field.decimals : 0;
    const unit = field.kind === 'quantity' || field.kind === 'integer' ? (field.units[0]?.label[language] ?? field.unit ?? '') : '';
    return `${formatNumber(value, Math.max(decimals, 2), language)}${unit === '' ? '' : ` ${unit}`}`;
  }
  if (field.kind === 'choice') return field.choices.find((c) => c.code === value)?.label[language] ?? String(value);
  return String(value);
}

/**
 * MELD, MELD-Na, MELD 3.0, Child-Pugh (and the protocol's own scores), recomputed by the form engine
 * as values are typed, never stored: one compact line of scores, and under it the inputs each read and
 * its formula: unfolded on the forms that hold the inputs (labs, clinical), folded elsewhere so the form
 * keeps its room on a 1366x768 screen.
 */
export function DerivedScores({ derivations, results, values, subject, fieldOf, language, unfolded }: DerivedScoresProps) {
  const { t } = useTranslation();
  const headingId = useId();
  if (results.length === 0) return null;
  const yes = t('entry.field.yes');
  const no = t('entry.field.no');
  const inputsOf = (result: DerivationResult): string[] => {
    const model = derivations.find((d) => d.id === result.id);
    const items = (model?.inputs ?? []).flatMap((itemId) => {
      const field = fieldOf(itemId);
      const value = values[itemId];
      return field === undefined || value === undefined ? [] : [`${field.label[language]} ${inputText(field, value, language, yes, no)}`];
    });
    const context = (model?.contextInputs ?? []).flatMap((key) => {
      if (key === 'sex' && subject.sex !== undefined && values['sex'] === undefined) return [t(`entry.scores.sex.${subject.sex}`)];
      if (key === 'ageYears' && subject.ageYears !== undefined && values['age'] === undefined) return [t('entry.scores.age', { age: subject.ageYears })];
      return [];
    });
    return [...items, ...context];
  };
  return (
    <section aria-labelledby={headingId} className="visit-scores">
      <h2 id={headingId} className="visit-scores__title">
        {t('entry.scores.title')}
      </h2>
      <ul className="visit-scores__list">
        {results.map((result) => (
          <li key={result.id} className={`score-card score-card--${result.status}`} aria-label={result.label[language]}>
            <span className="score-card__name">{result.label[language]}</span>{' '}
            {result.status === 'computed' ? (
              <span className="score-card__value">
                <output>{formatNumber(result.score, 1, language)}</output>
                {result.detail === undefined ? null : <span className="score-card__detail"> {result.detail[language]}</span>}
              </span>
            ) : (
              <span className="score-card__needs">{result.message[language]}</span>
            )}
          </li>
        ))}
      </ul>
      <details key={unfolded ? 'unfolded' : 'folded'} className="visit-scores__details" open={unfolded}>
        <summary>{t('entry.scores.details')}</summary>
        <dl className="visit-scores__inputs">
          {results.map((result) => {
            const inputs = inputsOf(result);
            return (
              <div key={result.id} className="visit-scores__input-row">
                <dt>{result.label[language]}</dt>
                <dd>
                  {inputs.length === 0 ? t('entry.scores.noInputs') : inputs.join(' · ')}
                  {result.status === 'computed' && result.inputs.length > 0 ? (
                    <>
                      <br />
                      <span className="visit-scores__used">
                        {t('entry.scores.used', { inputs: result.inputs.map((i) => `${i.label[language]} ${i.value[language]}`).join(' · ') })}
                      </span>
                    </>
                  ) : null}
                  <br />
                  <span className="visit-scores__formula">{t('entry.scores.formula', { formula: result.formula })}</span>
                </dd>
              </div>
            );
          })}
        </dl>
      </details>
    </section>
  );
}
