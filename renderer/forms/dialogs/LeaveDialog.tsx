import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export interface UnsavedItem {
  readonly key: string;
  readonly label: string;
  readonly why: string;
}

/** Leaving the visit while some values are not stored: stay (the default) or leave them behind knowingly. */
export function LeaveDialog({ items, onStay, onLeave }: { readonly items: readonly UnsavedItem[]; readonly onStay: () => void; readonly onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('entry.leave.title')} role="alertdialog" tone="bad" onCancel={onStay}>
      <p className="entry-dialog__text">{t('entry.leave.intro')}</p>
      <ul className="entry-dialog__list">
        {items.map((item) => (
          <li key={item.key}>
            <strong>{item.label}</strong>: {item.why}
          </li>
        ))}
      </ul>
      <div className="entry-dialog__actions">
        <button type="button" className="button button--primary" onClick={onStay} data-autofocus="">
          {t('entry.leave.stay')}
        </button>
        <button type="button" className="button" onClick={onLeave}>
          {t('entry.leave.leave')}
        </button>
      </div>
    </Dialog>
  );
}
