import { useTranslation } from 'react-i18next';
import type { WriteError } from '../../db';
import './providers.css';

export interface StoreErrorScreenProps {
  readonly error: WriteError;
  readonly onRetry: () => void;
  /** The training database failed to open: the way back to the real data. */
  readonly onLeaveTraining?: (() => void) | undefined;
}

/**
 * The study database could not be opened: nothing can be entered or saved, so nothing else is shown.
 * Both languages at once, since the reader may not be the person who chose the interface language.
 */
export function StoreErrorScreen({ error, onRetry, onLeaveTraining }: StoreErrorScreenProps) {
  const { i18n } = useTranslation();
  const en = i18n.getFixedT('en');
  const zh = i18n.getFixedT('zh');
  return (
    <main className="store-error">
      <div role="alert" className="store-error__box">
        <h1 className="store-error__title">
          <span lang="en">{en('care.store.failedTitle')}</span>
          <span lang="zh-CN">{zh('care.store.failedTitle')}</span>
        </h1>
        <p lang="en">{en(`care.store.failed.${error.kind}`)}</p>
        <p lang="zh-CN">{zh(`care.store.failed.${error.kind}`)}</p>
        <p lang="en">{en('care.store.failedHelp')}</p>
        <p lang="zh-CN">{zh('care.store.failedHelp')}</p>
        <details>
          <summary>
            <span lang="en">{en('care.store.details')}</span> / <span lang="zh-CN">{zh('care.store.details')}</span>
          </summary>
          <pre className="store-error__detail">{error.message}</pre>
        </details>
        <button type="button" className="button button--primary" onClick={onRetry}>
          <span lang="en">{en('care.store.retry')}</span> / <span lang="zh-CN">{zh('care.store.retry')}</span>
        </button>
        {onLeaveTraining === undefined ? null : (
          <button type="button" className="button" onClick={onLeaveTraining}>
            <span lang="en">{en('training.banner.backToReal')}</span> / <span lang="zh-CN">{zh('training.banner.backToReal')}</span>
          </button>
        )}
      </div>
    </main>
  );
}
