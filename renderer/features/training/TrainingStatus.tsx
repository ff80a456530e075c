import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/providers/use-database';
import './training.css';

/** The status bar's item naming the training database in use (nothing on the real data). */
export function TrainingStatus() {
  const { t, i18n } = useTranslation();
  const { training, name } = useDatabase();
  if (!training) return null;
  return (
    <span className="status-bar__item training-status">
      <span lang="en">{i18n.getFixedT('en')('training.banner.title')}</span>
      {' / '}
      <span lang="zh-CN">{i18n.getFixedT('zh')('training.banner.title')}</span>
      {' · '}
      {t('training.status.database', { name })}
    </span>
  );
}
