import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SITE_ID_PATTERN, useSession } from '../../app/providers';
import { SaveFailedDialog } from '../../app/SaveFailedDialog';
import type { WriteError } from '../../db';
import { DetailList, Field } from '../../ui';

/** This laptop's site, who is using it, and the way to the protocol definitions. */
export function SitePanel() {
  const { t } = useTranslation();
  const session = useSession();
  const [site, setSite] = useState(session.siteId ?? '');
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const error = SITE_ID_PATTERN.test(site.trim()) ? undefined : t('care.session.siteInvalid');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setSaved(false);
    if (error !== undefined) return;
    const result = await session.setSiteId(site.trim());
    if (result.ok) setSaved(true);
    else setFailure(result.issues);
  };
  return (
    <>
      <DetailList
        details={[
          { term: t('care.session.current'), value: `${session.user.displayName} · ${t(`care.role.${session.user.role}`)}` },
          { term: t('care.settings.blinding'), value: t(session.user.blinded ? 'care.session.blinded' : 'care.session.unblinded') },
        ]}
      />
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('care.settings.siteForm')}>
        <Field label={t('care.session.site')} hint={t('care.session.siteHint')} error={tried ? error : undefined}>
          {(control) => <input {...control} type="text" autoComplete="off" value={site} onChange={(e) => setSite(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('care.settings.saveSite')}
          </button>
        </div>
        {saved ? (
          <p role="status" className="notice">
            {t('care.settings.siteSaved')}
          </p>
        ) : null}
      </form>
      <p>
        <Link to="/protocols">{t('care.settings.protocolsLink')}</Link>
      </p>
      {failure === undefined ? null : <SaveFailedDialog error={failure} onClose={() => setFailure(undefined)} />}
    </>
  );
}
