import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletionResult, FormModel, Language } from '../../../shared/forms';

export interface CompletionPanelProps {
  readonly model: FormModel;
  readonly result: CompletionResult;
  readonly language: Language;
  readonly onJump: (itemId: string) => void;
  readonly onCompleteAnyway: () => void;
}

/**
 * Why "Complete" did not complete: the hard errors and required fields that block it (each a button
 * that jumps to the field), or the unusual values nobody confirmed (completing anyway raises queries).
 */
export function CompletionPanel({ model, result, language, onJump, onCompleteAnyway }: CompletionPanelProps) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, [result]);
  const blocked = !result.canComplete;
  const items = blocked ? result.blocking : result.needsConfirmation;
  const labelOf = (key: string) => model.fields.find((f) => f.key === key)?.label[language] ?? key;
  return (
    <div ref={panel} tabIndex={-1} role="alert" className={`notice ${blocked ? 'notice--bad' : 'notice--warning'} visit-completion`}>
      <p className="visit-completion__title">
        {blocked ? t('entry.complete.blocked', { count: items.length }) : t('entry.complete.unconfirmed', { count: items.length })}
      </p>
      <ul className="visit-completion__list">
        {items.map((problem, index) => (
          <li key={`${problem.key}-${problem.code}-${index}`}>
            <button type="button" className="button entry-small-button" onClick={() => onJump(problem.key)}>
              {t('entry.complete.goTo', { label: labelOf(problem.key) })}
            </button>{' '}
            {problem.message[language]}
          </li>
        ))}
      </ul>
      {blocked ? null : (
        <button type="button" className="button" onClick={onCompleteAnyway}>
          {t('entry.complete.anyway')}
        </button>
      )}
    </div>
  );
}
