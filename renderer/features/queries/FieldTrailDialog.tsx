import { useTranslation } from 'react-i18next';
import type { ItemVersion, QueryRow } from '../../../shared/events';
import { fieldTrail, type TrailStep } from '../../../shared/review';
import type { LiveQueryState } from '../../db/use-live-query';
import { Dialog, localStamp } from '../../forms';

export interface FieldTrailDialogProps {
  /** The field's label (and record), e.g. "Laboratory tests – Albumin". */
  readonly label: string;
  /** The field's versions, oldest first (renderer/db fieldHistory). */
  readonly history: LiveQueryState<readonly ItemVersion[]>;
  /** The queries about exactly this field, in any state. */
  readonly queries: readonly QueryRow[];
  /** How a version reads: the value with its unit, or the missing reason. */
  readonly describe: (version: ItemVersion) => string;
  readonly nameOf: (userId: string) => string;
  readonly onClose: () => void;
}

/**
 * A field's history with its queries: every value, missing reason and clearing, and every step of the
 * queries about the field (raised with its text, answered, closed), oldest first: when, who (and role),
 * what, the reason for change and the protocol version of each value.
 */
export function FieldTrailDialog({ label, history, queries, describe, nameOf, onClose }: FieldTrailDialogProps) {
  const { t } = useTranslation();
  const steps = history.status === 'ready' ? fieldTrail(history.value, queries) : [];
  const what = (step: TrailStep): string => {
    if (step.kind === 'version') return describe(step.version);
    const title = t('review.query.number', { number: step.number });
    const text = step.text ?? '';
    switch (step.action) {
      case 'opened':
        return t('review.trail.opened', { title, text });
      case 'answered':
        return t('review.trail.answered', { title, text });
      case 'closed':
        return text === '' ? t('review.trail.closed', { title }) : t('review.trail.closedWith', { title, text });
      case 'reopened':
        return t('review.trail.reopened', { title, text });
    }
  };
  return (
    <Dialog title={t('entry.history.title', { label })} onCancel={onClose} wide>
      {history.status === 'loading' ? <p role="status">{t('entry.history.loading')}</p> : null}
      {history.status === 'failed' ? <p role="alert">{t('entry.history.failed', { message: history.message })}</p> : null}
      {history.status === 'ready' && steps.length === 0 ? <p>{t('entry.history.none')}</p> : null}
      {steps.length > 0 ? (
        <div className="entry-history">
          <table className="data-table">
            <caption className="visually-hidden">{t('entry.history.title', { label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('entry.history.when')}</th>
                <th scope="col">{t('entry.history.who')}</th>
                <th scope="col">{t('review.trail.what')}</th>
                <th scope="col">{t('entry.history.reason')}</th>
                <th scope="col">{t('entry.history.protocolVersion')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((step) => (
                <tr key={step.stamp.eventId}>
                  <td className="code">{localStamp(step.stamp.at)}</td>
                  <td>{t('review.query.by', { who: nameOf(step.stamp.userId), role: t(`entry.role.${step.stamp.role}`) })}</td>
                  <td>{what(step)}</td>
                  <td>{step.kind === 'version' ? (step.version.reason ?? '—') : '—'}</td>
                  <td className="code">{step.kind === 'version' ? step.version.protocolVersion : '—'}</td>
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
