import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CasebookView } from '../../../shared/casebook';
import { useSession, useStore } from '../../app/providers';
import { localDateOf } from '../../app/use-today';
import { EmptyState, Page } from '../../ui';
import { CasebookSigning } from './CasebookSigning';
import { AuditPart } from './AuditPart';
import { casebookFileName } from './casebook-file-name';
import { PrintButton } from './PrintButton';
import { QueriesPart } from './QueriesPart';
import { SignaturesPart } from './SignaturesPart';
import { StatusHistoryPart } from './StatusHistoryPart';
import { SubjectPart } from './SubjectPart';
import { useCasebook } from './use-casebook';
import { useCasebookWords } from './use-casebook-words';
import { useRunningHeader } from './use-running-header';
import { VisitPart } from './VisitPart';
import './casebook.css';

/** The printable casebook of one subject (#/subjects/:subjectId/casebook). */
export function CasebookPage() {
  const { t } = useTranslation();
  const subjectId = useParams()['subjectId'] ?? '';
  const state = useCasebook(subjectId);
  if (state.status === 'loading') {
    return (
      <Page title={t('casebook.title')}>
        <p role="status">{t('casebook.loading')}</p>
      </Page>
    );
  }
  if (state.status === 'ready') return <CasebookDocument view={state.view} />;
  const back = <Link to="/subjects">{t('casebook.backToSubjects')}</Link>;
  if (state.status === 'protocol-missing') {
    const { subject } = state;
    return (
      <Page title={t('casebook.heading', { subject: subject.code ?? subject.subjectId })}>
        <p role="alert" className="notice notice--bad">
          {t('casebook.protocolMissing', { protocol: subject.protocolId, version: subject.protocolVersion })}
        </p>
        <p>{back}</p>
      </Page>
    );
  }
  return (
    <Page title={t('casebook.title')}>
      {state.status === 'failed' ? <p role="alert">{t('casebook.readFailed', { message: state.message })}</p> : null}
      <EmptyState message={t('casebook.empty', { subjectId })} action={back} />
    </Page>
  );
}

function CasebookDocument({ view }: { readonly view: CasebookView }) {
  const { t } = useTranslation();
  const store = useStore();
  const { user } = useSession();
  const words = useCasebookWords();
  const [printedAt, setPrintedAt] = useState(() => store.clock());
  const { subject } = view;
  const code = subject.code ?? subject.subjectId;
  useRunningHeader(t('casebook.runningHeader', { subject: code, protocol: subject.protocolId, version: subject.protocolVersion }));
  // The time printed is the time of printing: set (and drawn) before the platform captures the page.
  const beforePrint = () => flushSync(() => setPrintedAt(store.clock()));
  return (
    <Page title={t('casebook.heading', { subject: code })} subtitle={t('casebook.subtitle', { protocol: subject.protocolId, version: subject.protocolVersion })}>
      <div className="casebook">
        <div className="casebook-toolbar">
          <Link to={`/subjects/${encodeURIComponent(subject.subjectId)}`}>{t('casebook.backToSubject', { subject: code })}</Link>
          <PrintButton suggestedName={casebookFileName(code, localDateOf(store.clock()))} onBeforePrint={beforePrint} />
        </div>
        <CasebookSigning view={view} />
        <p className="casebook-meta">
          {t('casebook.printedBy', { when: words.when(printedAt.toISOString()), who: words.who({ userId: user.userId, role: user.role }) })}{' '}
          {view.blinded ? t('casebook.blindedView') : t('casebook.unblindedView')}
        </p>
        <SubjectPart view={view} words={words} />
        <StatusHistoryPart view={view} words={words} />
        {view.visits.length === 0 ? <p>{t('casebook.visits.none')}</p> : null}
        {view.visits.map((visit) => (
          <VisitPart key={visit.visitId} visit={visit} words={words} />
        ))}
        <QueriesPart view={view} words={words} />
        <SignaturesPart view={view} words={words} />
        <AuditPart view={view} words={words} />
      </div>
    </Page>
  );
}
