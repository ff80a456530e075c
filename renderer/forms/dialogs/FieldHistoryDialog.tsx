import { useTranslation } from 'react-i18next';
import type { ItemVersion } from '../../../shared/events';
import type { LiveQueryState } from '../../db/use-live-query';
import { localStamp } from '../inputs/local-time';
import { Dialog } from './Dialog';

export interface FieldHistoryDialogProps {
  /** The field's label (and record), e.g. "Total bilirubin". */
  readonly label: string;
  readonly history: LiveQueryState<readonly ItemVersion[]>;
  /** How a version reads: the value with its unit, or the missing reason. */
  readonly describe: (version: ItemVersion) => string;
  /** Who a user id is (display name), when known on this laptop. */
  readonly nameOf: (userId: string) => string;
  readonly onClose: () => void;
}

/** Every value and missing reason the field ever had: when, who (and role), what, why. Oldest first. */
export function FieldHistoryDialog({ label, history, describe, nameOf, onClose }: FieldHistoryDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('entry.history.title', { label })} onCancel={onClose} wide>
      {history.status === 'loading' ? <p role="status">{t('entry.history.loading')}</p> : null}
      {history.status === 'failed' ? <p role="alert">{t('entry.history.failed', { message: history.message })}</p> : null}
      {history.status === 'ready' && history.value.length === 0 ? <p>{t('entry.history.none')}</p> : null}
      {history.status === 'ready' && history.value.length > 0 ? (
        <div className="entry-history">
          <table className="data-table">
            <caption className="visually-hidden">{t('entry.history.title', { label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('entry.history.when')}</th>
                <th scope="col">{t('entry.history.who')}</th>
                <th scope="col">{t('entry.history.what')}</th>
                <th scope="col">{t('entry.history.reason')}</th>
                <th scope="col">{t('entry.history.protocolVersion')}</th>
              </tr>
            </thead>
            <tbody>
              {history.value.map((version) => (
                <tr key={version.stamp.eventId}>
                  <td className="code">{localStamp(version.stamp.at)}</td>
                  <td>
                    {nameOf(version.stamp.userId)} ({t(`entry.role.${version.stamp.role}`)})
                  </td>
                  <td>{describe(version)}</td>
                  <td>{version.reason ?? '—'}</td>
                  <td className="code">{version.protocolVersion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="entry-dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('entry.history.close')}
        </button>
      </div>
    </Dialog>
  );
}
