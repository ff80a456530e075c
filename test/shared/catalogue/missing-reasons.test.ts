import { describe, expect, it } from 'vitest';
import { MISSING_REASONS, MISSING_REASON_CODES, MissingReasonCode, isMissingReasonCode } from '../../../shared/catalogue';

describe('missing reasons', () => {
  it('include the required codes, each described once under its own key', () => {
    expect([...MISSING_REASON_CODES].sort()).toEqual(['ASKU', 'NA', 'NASK', 'NAV', 'NOT DONE', 'UNK']);
    for (const code of MISSING_REASON_CODES) {
      const reason = MISSING_REASONS[code];
      expect(reason.code).toBe(code);
      expect(reason.meaning).not.toBe('');
      expect(reason.label.en).not.toBe('');
      expect(reason.label.zh).toMatch(/\p{Script=Han}/u);
    }
  });

  it('parse with the zod enum and reject anything else', () => {
    expect(MissingReasonCode.parse('NOT DONE')).toBe('NOT DONE');
    for (const bad of ['ND', 'not done', '', -999, null, 'MSK']) {
      expect(MissingReasonCode.safeParse(bad).success, String(bad)).toBe(false);
      expect(isMissingReasonCode(bad)).toBe(false);
    }
  });

  it('map to HL7 NullFlavor and SDTM as domain.md §5 proposes', () => {
    expect(MISSING_REASONS.UNK.hl7NullFlavor).toBe('UNK');
    expect(MISSING_REASONS.ASKU.hl7NullFlavor).toBe('ASKU');
    expect(MISSING_REASONS['NOT DONE'].sdtm).toEqual({ representation: 'not-done' });
    expect(MISSING_REASONS.NASK.sdtm).toEqual({ representation: 'not-done', reasonNotDone: 'NOT ASKED' });
    expect(MISSING_REASONS.ASKU.sdtm).toEqual({ representation: 'not-done', reasonNotDone: 'UNKNOWN' });
    expect(MISSING_REASONS.UNK.sdtm).toEqual({ representation: 'not-done', reasonNotDone: 'UNKNOWN' });
    expect(MISSING_REASONS.NA.sdtm).toEqual({ representation: 'no-record' });
    expect(MISSING_REASONS.NAV.sdtm).toEqual({ representation: 'pending' });
  });

  it('treat only NAV as temporary', () => {
    expect(MISSING_REASON_CODES.filter((c) => !MISSING_REASONS[c].final)).toEqual(['NAV']);
  });
});
