import { useTranslation } from 'react-i18next';

/** The keys of the visit page, always on screen. */
export function KeyboardHelp() {
  const { t } = useTranslation();
  return (
    <p className="visit-keys" id="visit-keys">
      <span className="visit-keys__title">{t('entry.keys.title')}</span>
      <span>
        <kbd>Tab</kbd> / <kbd>Shift</kbd>+<kbd>Tab</kbd> {t('entry.keys.tab')}
      </span>
      <span>
        <kbd>Enter</kbd> {t('entry.keys.enter')}
      </span>
      <span>
        <kbd>Alt</kbd>+<kbd>N</kbd> {t('entry.keys.nextEmpty')}
      </span>
      <span>
        <kbd>Alt</kbd>+<kbd>H</kbd> {t('entry.keys.history')}
      </span>
    </p>
  );
}
