import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/lib/result';
import type { WriteError } from '../../db';
import { Field } from '../../ui';
import type { NewUser } from '../providers/session-context';
import { SESSION_ROLES, SITE_ID_PATTERN, type SessionRole } from '../providers/session';
import { SaveFailedDialog } from '../SaveFailedDialog';

export interface AddUserFormProps {
  /** Ask for the site too (first run, when the laptop has none yet). */
  readonly askSite: boolean;
  readonly submitLabel: string;
  readonly onSubmit: (user: NewUser, siteId: string | undefined) => Promise<Result<unknown, WriteError>>;
}

const isRole = (value: string): value is SessionRole => (SESSION_ROLES as readonly string[]).includes(value);

/** A new person on this laptop: name, role and whether they are blinded to the treatment arm. */
export function AddUserForm({ askSite, submitLabel, onSubmit }: AddUserFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<SessionRole>('nurse');
  const [blinded, setBlinded] = useState(true);
  const [site, setSite] = useState('');
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);

  const nameError = name.trim() === '' ? t('care.session.nameRequired') : name.trim().length > 80 ? t('care.session.nameTooLong') : undefined;
  const siteError = !askSite ? undefined : SITE_ID_PATTERN.test(site.trim()) ? undefined : t('care.session.siteInvalid');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (nameError !== undefined || siteError !== undefined) return;
    setSaving(true);
    const result = await onSubmit({ displayName: name.trim(), role, blinded }, askSite ? site.trim() : undefined);
    setSaving(false);
    if (!result.ok) setFailure(result.issues);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('care.session.addPerson')}>
      <Field label={t('care.session.name')} hint={t('care.session.nameHint')} error={tried ? nameError : undefined}>
        {(control) => <input {...control} type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('care.session.role')}>
        {(control) => (
          <select {...control} value={role} onChange={(e) => isRole(e.target.value) && setRole(e.target.value)}>
            {SESSION_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`care.role.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="check">
        <input type="checkbox" checked={blinded} onChange={(e) => setBlinded(e.target.checked)} />
        <span>{t('care.session.blindedLabel')}</span>
      </label>
      {askSite ? (
        <Field label={t('care.session.site')} hint={t('care.session.siteHint')} error={tried ? siteError : undefined}>
          {(control) => <input {...control} type="text" autoComplete="off" value={site} onChange={(e) => setSite(e.target.value)} />}
        </Field>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {submitLabel}
        </button>
      </div>
      {failure === undefined ? null : <SaveFailedDialog error={failure} onClose={() => setFailure(undefined)} />}
    </form>
  );
}
