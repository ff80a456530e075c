import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistRow, CriterionAnswer } from '../../../../shared/care';
import { Badge, type BadgeTone } from '../../../ui';
import { useBilingual } from '../use-bilingual';

const TONE: Readonly<Record<ChecklistRow['verdict'], BadgeTone>> = { pass: 'good', fail: 'bad', open: 'warning' };

export interface CriterionRowProps {
  readonly row: ChecklistRow;
  readonly answer: CriterionAnswer | undefined;
  readonly onAnswer: (answer: CriterionAnswer | undefined) => void;
  readonly disabled: boolean;
}

/** One criterion: its statement, met / not met / unknown with the reason, and the investigator's answer where one is needed. */
export function CriterionRow({ row, answer, onAnswer, disabled }: CriterionRowProps) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const textId = useId();
  const { result } = row;
  const isJudgement = result.basis === 'judgement';
  const canAnswerRule = result.basis === 'rule' && result.outcome === 'unknown';
  const answerQuestion = (
    <fieldset className="choice-group" disabled={disabled}>
      <legend>{t(isJudgement ? 'care.screening.judgementQuestion' : 'care.screening.ruleQuestion')}</legend>
      <div className="choice-group__options">
        {([true, false] as const).map((holds) => (
          <label key={String(holds)} className="check">
            <input
              type="radio"
              name={`${textId}-answer`}
              checked={answer?.holds === holds}
              onChange={() => onAnswer({ holds, ...(answer?.note === undefined ? {} : { note: answer.note }) })}
            />
            <span>{t(holds ? 'care.screening.holds' : 'care.screening.doesNotHold')}</span>
          </label>
        ))}
      </div>
      {canAnswerRule ? (
        <label className="form-field">
          <span className="form-field__label">{t('care.screening.answerNote')}</span>
          <input
            type="text"
            value={answer?.note ?? ''}
            aria-invalid={row.noteMissing}
            onChange={(e) => onAnswer({ holds: answer?.holds ?? false, note: e.target.value })}
          />
          {row.noteMissing ? <span className="form-field__error">{t('care.screening.noteRequired')}</span> : null}
        </label>
      ) : null}
      {answer === undefined ? null : (
        <button type="button" className="link-button" onClick={() => onAnswer(undefined)}>
          {t('care.screening.clearAnswer')}
        </button>
      )}
    </fieldset>
  );
  return (
    <li className="checklist__item" aria-labelledby={textId}>
      <div className="checklist__head">
        <p className="checklist__text" id={textId}>
          <span className="muted">{t(`care.screening.kind.${result.kind}`)}: </span>
          {pick(result.text)}
        </p>
        <Badge tone={TONE[row.verdict]}>{t(`care.screening.outcome.${row.outcome}`)}</Badge>
      </div>
      <div className="checklist__reason">
        {row.basis === 'rule-answered' && !row.noteMissing ? t('care.screening.answeredRule') : pick(result.reason.text)}
        {result.reason.children.length > 0 ? (
          <ul>
            {result.reason.children.map((child, index) => (
              <li key={index}>{pick(child.text)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {isJudgement ? answerQuestion : null}
      {canAnswerRule ? (
        <details open={answer !== undefined}>
          <summary>{t('care.screening.answerRule')}</summary>
          {answerQuestion}
        </details>
      ) : null}
    </li>
  );
}
