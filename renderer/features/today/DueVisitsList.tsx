import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { KeyboardList } from '../../ui';
import { subjectLabel } from '../subjects/subject-label';
import { useBilingual } from '../subjects/use-bilingual';
import { VisitStatusBadge } from '../subjects/VisitStatusBadge';
import type { TodayVisit } from './use-today-work';
import { visitPath } from './visit-path';

/** Today's visits as a keyboard list: ↑/↓ to move, Enter to open, 1–9 to open the first nine. */
export function DueVisitsList({ visits }: { readonly visits: readonly TodayVisit[] }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  return (
    <KeyboardList label={t('care.today.visitsTitle')}>
      {visits.map(({ subject, visit }, index) => {
        const shortcut = index < 9 ? String(index + 1) : undefined;
        const window = visit.windowStart === visit.windowEnd ? visit.windowStart : t('care.schedule.window', { start: visit.windowStart, end: visit.windowEnd });
        return (
          <li key={`${subject.subjectId}/${visit.visit}`}>
            <Link to={visitPath(subject.subjectId, visit.visit)} data-keyboard-row="" aria-keyshortcuts={shortcut}>
              <span>{shortcut === undefined ? null : <kbd aria-hidden="true">{shortcut}</kbd>}</span>
              <strong>{subjectLabel(subject)}</strong>
              <span>
                {pick(visit.label)} · <span className="muted">{subject.protocolId}</span>
                <br />
                <span className="muted">{t('care.today.window', { window, target: visit.targetDate })}</span>
              </span>
              <VisitStatusBadge status={visit.status} />
            </Link>
          </li>
        );
      })}
    </KeyboardList>
  );
}
