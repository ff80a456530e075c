import { useTranslation } from 'react-i18next';
import { useProtocols } from '../../../app/providers';
import { Field } from '../../../ui';
import { useBilingual } from '../use-bilingual';

/** Which trial's subjects are shown: one option per protocol (its newest version). */
export function ProtocolPicker({ value, onChange }: { readonly value: string; readonly onChange: (protocolId: string) => void }) {
  const { t } = useTranslation();
  const { current } = useProtocols();
  const pick = useBilingual();
  return (
    <Field label={t('care.subjects.protocol')}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {current.map(({ protocol }) => (
            <option key={protocol.id} value={protocol.id}>
              {protocol.id} · {pick(protocol.condition)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
