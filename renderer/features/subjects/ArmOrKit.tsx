import { useTranslation } from 'react-i18next';
import type { SubjectRow } from '../../../shared/events';
import type { Protocol } from '../../../shared/protocol';
import { useSession } from '../../app/providers';
import { useBilingual } from './use-bilingual';

/**
 * The subject's allocation as this user may see it: blinded users get the kit number only (never the
 * arm); unblinded users get the arm's label and the kit.
 */
export function ArmOrKit({ subject, protocol }: { readonly subject: SubjectRow; readonly protocol: Protocol | undefined }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const pick = useBilingual();
  const kit = subject.kitNumber === undefined ? null : <span className="code">{t('care.assign.kit', { kit: subject.kitNumber })}</span>;
  if (user.blinded || subject.arm === undefined) {
    return kit ?? <span className="muted">{t('care.assign.none')}</span>;
  }
  const arm = protocol?.arms.find((a) => a.id === subject.arm);
  return (
    <span>
      {arm === undefined ? subject.arm : pick(arm.label)}
      {kit === null ? null : <> · {kit}</>}
    </span>
  );
}
