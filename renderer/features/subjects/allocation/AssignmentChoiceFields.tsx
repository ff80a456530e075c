import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { nextAllocationEntry } from '../../../../shared/care';
import type { Protocol } from '../../../../shared/protocol';
import { useSession } from '../../../app/providers';
import { Field } from '../../../ui';
import { useBilingual } from '../use-bilingual';
import type { AssignmentChoice, AssignmentTarget } from './assignment';
import { useAllocationLists } from './use-allocation-lists';

export interface AssignmentChoiceFieldsProps {
  readonly protocol: Protocol;
  readonly target: AssignmentTarget;
  readonly value: AssignmentChoice;
  readonly onChange: (choice: AssignmentChoice) => void;
  readonly kitError?: string | undefined;
}

/**
 * The kit (or arm) to assign: the next entry of the sealed list, named before it is taken, or typed by
 * hand. Only unblinded users may pick an arm; blinded users see kit numbers only.
 */
export function AssignmentChoiceFields({ protocol, target, value, onChange, kitError }: AssignmentChoiceFieldsProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const pick = useBilingual();
  const name = useId();
  const lists = useAllocationLists();
  const next =
    lists.status === 'ready'
      ? nextAllocationEntry(
          lists.value.lists.map((l) => l.list),
          { protocolId: target.protocolId, stage: target.stage, site: target.site, usedKits: lists.value.usedKits, arms: target.arms },
        )
      : undefined;
  const arms = protocol.arms.filter((a) => target.arms === undefined || target.arms.includes(a.id));
  const manual = value.mode === 'manual' ? value : { mode: 'manual' as const, kit: '', arm: '' };
  return (
    <fieldset className="choice-group">
      <legend>{t('care.assign.legend', { stage: target.stage })}</legend>
      <label className="check">
        <input type="radio" name={name} checked={value.mode === 'list'} onChange={() => onChange({ mode: 'list' })} />
        <span>
          {t('care.assign.fromList')}{' '}
          {lists.status !== 'ready' ? null : next === undefined ? (
            <strong>{t('care.assign.listEmpty', { site: target.site })}</strong>
          ) : (
            <strong>{t('care.assign.nextKit', { kit: next.kit, listId: next.listId })}</strong>
          )}
        </span>
      </label>
      <label className="check">
        <input type="radio" name={name} checked={value.mode === 'manual'} onChange={() => onChange(manual)} />
        <span>{t('care.assign.byHand')}</span>
      </label>
      {value.mode === 'manual' ? (
        <div className="form-row">
          <Field label={t('care.assign.kitNumber')} error={kitError}>
            {(control) => <input {...control} type="text" autoComplete="off" value={value.kit} onChange={(e) => onChange({ ...value, kit: e.target.value })} />}
          </Field>
          {user.blinded ? null : (
            <Field label={t('care.assign.arm')}>
              {(control) => (
                <select {...control} value={value.arm} onChange={(e) => onChange({ ...value, arm: e.target.value })}>
                  <option value="">{t('care.assign.armUnknown')}</option>
                  {arms.map((arm) => (
                    <option key={arm.id} value={arm.id}>
                      {pick(arm.label)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
