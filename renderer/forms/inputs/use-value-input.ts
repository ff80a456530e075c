import { useFormContext, type UseFormRegisterReturn } from 'react-hook-form';
import type { RecordValues } from '../field-input-props';

/**
 * Registers one part of a field's draft (value, unit, qualifier). Typing a value replaces a missing
 * reason (a value and a missing reason never stand together), and any change of what was measured
 * withdraws an earlier "unusual value confirmed" (the engine's contract: the renderer clears it).
 */
export function useDraftPart(key: string, part: 'value' | 'unit' | 'qualifier'): UseFormRegisterReturn {
  const { register, getValues, setValue } = useFormContext<RecordValues>();
  return register(`${key}.${part}`, {
    onChange: () => {
      if (part === 'value' && getValues(`${key}.missing`) !== '' && getValues(`${key}.value`) !== '') setValue(`${key}.missing`, '');
      if (getValues(`${key}.softConfirmed`)) setValue(`${key}.softConfirmed`, false);
    },
  });
}

/** Puts a value into a field as if typed (a "Today" / "Now" button). */
export function useSetFieldValue(key: string): (value: string) => void {
  const { setValue } = useFormContext<RecordValues>();
  return (value) => {
    setValue(`${key}.missing`, '');
    setValue(`${key}.softConfirmed`, false);
    setValue(`${key}.value`, value, { shouldValidate: true });
  };
}
