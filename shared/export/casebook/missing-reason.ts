import { isMissingReasonCode, MISSING_REASONS, type MissingReason } from '../../catalogue';

/**
 * The catalogue's missing reason for a code stored in an event. Events write codes upper case with
 * "_" for a space (NOT_DONE); the catalogue spells that reason "NOT DONE". Undefined for a code the
 * catalogue does not know (an export still shows the code as stored).
 */
export function missingReasonOf(code: string): MissingReason | undefined {
  const spelled = code.replace(/_/g, ' ');
  if (isMissingReasonCode(code)) return MISSING_REASONS[code];
  return isMissingReasonCode(spelled) ? MISSING_REASONS[spelled] : undefined;
}

/** The code as the exports write it: the catalogue's spelling when it knows the reason. */
export const missingCodeText = (code: string): string => missingReasonOf(code)?.code ?? code;
