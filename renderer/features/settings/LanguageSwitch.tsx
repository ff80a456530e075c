import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HTML_LANG, LANGUAGES, isLanguage, useLanguage } from '../../i18n';

/** The UI language; each option is named in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const id = useId();
  const change = (event: ChangeEvent<HTMLSelectElement>) => {
    if (isLanguage(event.target.value)) setLanguage(event.target.value);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select id={id} value={language} onChange={change}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={HTML_LANG[code]}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
