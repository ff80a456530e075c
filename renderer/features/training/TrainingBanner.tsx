import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/providers/use-database';
import './training.css';

/**
 * The mark of the training database, in English and Chinese at once (whoever reads it, whatever language the
 * interface is in), with the way back to the real data. Renders nothing on the real data. Shown in the
 * header of every page and above the screens shown before the app (who is using this laptop).
 */
export function TrainingBanner() {
  const { t, i18n } = useTranslation();
  const { training, switchTo } = useDatabase();
  if (!training) return null;
  const en = i18n.getFixedT('en');
  const zh = i18n.getFixedT('zh');
  return (
    <div className="training-banner" role="note" aria-label={t('training.banner.label')}>
      <strong className="training-banner__title">
        <span lang="en">{en('training.banner.title')}</span>
        <span aria-hidden="true"> / </span>
        <span lang="zh-CN">{zh('training.banner.title')}</span>
      </strong>
      <span className="training-banner__detail">{t('training.banner.detail')}</span>
      <button type="button" className="training-banner__back" onClick={() => void switchTo('real')}>
        {t('training.banner.backToReal')}
      </button>
    </div>
  );
}
