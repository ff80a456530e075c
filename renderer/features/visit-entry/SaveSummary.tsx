import { useTranslation } from 'react-i18next';
import type { SaveSummary as Summary } from '../../forms';

/** The form's save state in words, announced politely as it changes. */
export function SaveSummary({ summary, onRetry }: { readonly summary: Summary; readonly onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <p className={`visit-save visit-save--${summary}`}>
      <span role="status">{t(`entry.formSave.${summary}`)}</span>
      {summary === 'failed' ? (
        <button type="button" className="button entry-small-button" onClick={onRetry}>
          {t('entry.saveError.retry')}
        </button>
      ) : null}
    </p>
  );
}
