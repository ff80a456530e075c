import type { CasebookView, StatusStep } from '../../../shared/casebook';
import { CasebookPart } from './CasebookPart';
import type { CasebookWords } from './use-casebook-words';

function describe(step: StatusStep, words: CasebookWords): string {
  const { t, pick } = words;
  switch (step.kind) {
    case 'screened':
      return t('casebook.history.screened', { result: t(`casebook.screening.${step.result}`), date: step.screenedOn });
    case 'enrolled':
      return t('casebook.history.enrolled', { code: step.code, day1: step.day1 });
    case 'assigned': {
      const source = t(`casebook.history.source.${step.source}`);
      const stage = step.stage;
      if (step.arm !== undefined && step.kitNumber !== undefined) return t('casebook.history.assignedArmKit', { stage, arm: pick(step.arm.label), kit: step.kitNumber, source });
      if (step.arm !== undefined) return t('casebook.history.assignedArm', { stage, arm: pick(step.arm.label), source });
      if (step.kitNumber !== undefined) return t('casebook.history.assignedKit', { stage, kit: step.kitNumber, source });
      return t('casebook.history.assignedBlind', { stage, source });
    }
    case 'status': {
      const status = t(`casebook.subjectStatus.${step.status}`);
      return step.statusReason === undefined
        ? t('casebook.history.status', { status, date: step.date })
        : t('casebook.history.statusWithReason', { status, date: step.date, why: step.statusReason });
    }
  }
}

/** Screening, enrolment, allocations and study-status changes, oldest first. */
export function StatusHistoryPart({ view, words }: { readonly view: CasebookView; readonly words: CasebookWords }) {
  const { t } = words;
  const subject = view.subject.code ?? view.subject.subjectId;
  return (
    <CasebookPart title={t('casebook.history.title')}>
      {view.statusHistory.length === 0 ? (
        <p>{t('casebook.history.none')}</p>
      ) : (
        <table className="data-table casebook-table">
          <caption className="visually-hidden">{t('casebook.history.caption', { subject })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('casebook.history.when')}</th>
              <th scope="col">{t('casebook.history.who')}</th>
              <th scope="col">{t('casebook.history.what')}</th>
              <th scope="col">{t('casebook.history.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {view.statusHistory.map((step) => (
              <tr key={step.stamp.eventId}>
                <td className="code">{words.when(step.stamp.at)}</td>
                <td>{words.who(step.stamp)}</td>
                <td>{describe(step, words)}</td>
                <td>{step.reason ?? t('casebook.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </CasebookPart>
  );
}
