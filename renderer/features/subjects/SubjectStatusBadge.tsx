import { useTranslation } from 'react-i18next';
import type { SubjectStatus } from '../../../shared/events';
import { Badge, type BadgeTone } from '../../ui';

const TONES: Readonly<Record<SubjectStatus, BadgeTone>> = {
  screening: 'info',
  'screen-failed': 'neutral',
  eligible: 'info',
  'on-study': 'good',
  withdrawn: 'warning',
  'lost-to-follow-up': 'warning',
  died: 'bad',
  'liver-transplant': 'warning',
  completed: 'neutral',
};

export function SubjectStatusBadge({ status }: { readonly status: SubjectStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`care.subjectStatus.${status}`)}</Badge>;
}
