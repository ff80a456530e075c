import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProtocols, useSession } from '../../app/providers';
import { useDatabase } from '../../app/providers/use-database';
import { useToday } from '../../app/use-today';
import { formatNumber } from '../../forms';
import { useLanguage } from '../../i18n';
import { Field } from '../../ui';
import { MAX_TRAINING_SUBJECTS } from './load-training';
import type { TrainingJob, TrainingJobState } from './training-job';
import { useTrainingJob } from './use-training-job';
import './training.css';

const DEFAULT_SUBJECTS = '20';

function parseCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= 1 && n <= MAX_TRAINING_SUBJECTS ? n : undefined;
}

/**
 * Settings → Training database: which database the app works on, the switch, and loading N synthetic subjects of
 * a protocol from the demo generator into the training database (in batches, with progress and a cancel).
 */
export function TrainingPanel({ job }: { readonly job?: TrainingJob }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const database = useDatabase();
  const { current, latest } = useProtocols();
  const session = useSession();
  const today = useToday();
  const [state, trainingJob] = useTrainingJob(job);
  // After a load the page opens again on the training database: keep the protocol just loaded.
  const [protocolId, setProtocolId] = useState(state.status === 'done' || state.status === 'running' ? state.protocolId : (current[0]?.protocol.id ?? ''));
  const [count, setCount] = useState(DEFAULT_SUBJECTS);
  const [tried, setTried] = useState(false);
  const subjects = parseCount(count);
  const error = subjects === undefined ? t('training.panel.subjectsInvalid', { max: MAX_TRAINING_SUBJECTS }) : undefined;
  const running = state.status === 'running';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    const protocol = latest(protocolId);
    if (subjects === undefined || protocol === undefined || database.training || running) return;
    void trainingJob.start({
      protocol,
      subjects,
      today,
      siteId: session.siteId ?? '01',
      databaseName: database.names.training,
      onLoaded: () => database.switchTo('training'),
    });
  };

  return (
    <div className="training-panel">
      <p>{t('training.panel.intro', { name: database.names.training, realName: database.names.real })}</p>
      <p>{t('training.panel.marking')}</p>
      <p className={database.training ? 'notice training-panel__now--training' : 'notice'}>
        <strong>{t(database.training ? 'training.panel.inTraining' : 'training.panel.inReal')}</strong>{' '}
        <button type="button" className="button" disabled={running} onClick={() => void database.switchTo(database.training ? 'real' : 'training')}>
          {t(database.training ? 'training.panel.switchToReal' : 'training.panel.switchToTraining')}
        </button>
      </p>
      <form onSubmit={submit} noValidate aria-label={t('training.panel.formTitle')}>
        <h3 className="training-panel__title">{t('training.panel.formTitle')}</h3>
        <Field label={t('training.panel.protocol')}>
          {(control) => (
            <select {...control} value={protocolId} disabled={running} onChange={(e) => setProtocolId(e.target.value)}>
              {current.map(({ protocol }) => (
                <option key={protocol.id} value={protocol.id}>
                  {protocol.id} · {protocol.condition[language]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('training.panel.subjects')} hint={t('training.panel.subjectsHint', { max: MAX_TRAINING_SUBJECTS })} error={tried ? error : undefined}>
          {(control) => (
            <input {...control} type="text" inputMode="numeric" autoComplete="off" value={count} disabled={running} onChange={(e) => setCount(e.target.value)} />
          )}
        </Field>
        {database.training ? <p className="notice">{t('training.panel.loadOnlyFromReal')}</p> : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={running || database.training}>
            {t('training.panel.load')}
          </button>
          {running ? (
            <button type="button" className="button" disabled={state.cancelling} onClick={() => trainingJob.cancel()}>
              {t('training.panel.cancel')}
            </button>
          ) : null}
        </div>
      </form>
      <JobStatus state={state} />
    </div>
  );
}

function JobStatus({ state }: { readonly state: TrainingJobState }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const number = (n: number) => new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB').format(n);
  switch (state.status) {
    case 'idle':
      return null;
    case 'running': {
      const progress = state.progress;
      return (
        <div className="training-progress">
          <label className="training-progress__label">
            {t('training.panel.progressLabel')}
            <progress className="training-progress__bar" max={1} value={progress?.fraction ?? 0} aria-valuetext={`${Math.round((progress?.fraction ?? 0) * 100)} %`} />
          </label>
          <p role="status" className="training-progress__text">
            {state.cancelling
              ? t('training.panel.cancelling')
              : progress === undefined
                ? t('training.panel.progressLabel')
                : t('training.panel.progress', {
                    date: progress.simulatedDate,
                    subjects: number(progress.subjectsEnrolled),
                    target: number(state.target),
                    events: number(progress.eventsWritten),
                  })}
          </p>
        </div>
      );
    }
    case 'done':
      return (
        <p role="status" className="notice training-notice--done">
          {t('training.panel.done', {
            subjects: number(state.subjects),
            protocol: state.protocolId,
            events: number(state.events),
            seconds: formatNumber(state.ms / 1000, 1, language),
          })}
        </p>
      );
    case 'cancelled':
      return (
        <p role="status" className="notice">
          {t('training.panel.cancelled')}
        </p>
      );
    case 'failed':
      return (
        <p role="alert" className="notice notice--bad">
          {t('training.panel.failed', { message: state.message })}
        </p>
      );
  }
}
