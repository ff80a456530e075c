import { useTranslation } from 'react-i18next';
import type { WriteError } from '../../db';

/** A write that did not happen, inline (nothing of it was stored): why, and the rule's words. */
export function WriteErrorNotice({ error }: { readonly error: WriteError }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice--bad">
      <p>
        {t('review.notSaved')} {t(`care.saveFailed.kind.${error.kind}`)}
      </p>
      {error.kind === 'rejected' && error.issues.length > 0 ? (
        <ul>
          {error.issues.map((issue, index) => (
            <li key={index}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
