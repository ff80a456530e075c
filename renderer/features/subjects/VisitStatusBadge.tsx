import { useTranslation } from 'react-i18next';
import type { CareVisitStatus } from '../../../shared/care';
import { Badge, type BadgeTone } from '../../ui';

const TONES: Readonly<Record<CareVisitStatus, BadgeTone>> = {
  'not-yet-due': 'neutral',
  open: 'info',
  overdue: 'bad',
  done: 'good',
  missed: 'warning',
  'not-done': 'warning',
  closed: 'neutral',
};

export function VisitStatusBadge({ status }: { readonly status: CareVisitStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`care.visitStatus.${status}`)}</Badge>;
}
