import { describe, expect, it } from 'vitest';
import { buildFormModel, buildValueSchema, buildVisitModel } from '../../../shared/forms';
import { aForm, aProtocol, formModel } from './builders';

describe('blinding: unblinded-only content is absent from a blinded model', () => {
  it('an unblinded-only form cannot be built for a blinded role', () => {
    const built = buildFormModel({ protocol: aProtocol(), visitId: 'w0', formId: 'pharmacy', arm: 'msc', blinded: true });
    expect(built.ok ? [] : built.issues.map((i) => i.code)).toEqual(['form.unblinded-only']);
    expect(formModel('pharmacy').fields.map((f) => f.key)).toContain('productActual');
  });

  it('a blinded visit model leaves unblinded-only forms out, an unblinded one keeps them', () => {
    const forms = (blinded: boolean) => {
      const built = buildVisitModel({ protocol: aProtocol(), visitId: 'w0', arm: 'msc', blinded });
      return built.ok ? built.value.forms.map((f) => f.id) : [];
    };
    expect(forms(true)).not.toContain('pharmacy');
    expect(forms(false)).toContain('pharmacy');
    expect(forms(true)).toHaveLength(forms(false).length - 1);
  });

  it('unblinded-only items on an ordinary form are absent for a blinded role (not hidden)', () => {
    // A protocol the parser would refuse (productActual on an ordinary form): the engine still never leaks it.
    const protocol = aProtocol();
    const leaky = {
      ...protocol,
      forms: [...protocol.forms.filter((f) => f.id !== 'visit'), aForm('visit', [{ item: 'visitDate', required: true }, { item: 'productActual', required: true }])],
    };
    const blinded = buildFormModel({ protocol: leaky, visitId: 'w0', formId: 'visit', arm: 'msc', blinded: true });
    const open = buildFormModel({ protocol: leaky, visitId: 'w0', formId: 'visit', arm: 'msc', blinded: false });
    expect(blinded.ok && blinded.value.fields.map((f) => f.key)).toEqual(['visitDate']);
    expect(open.ok && open.value.fields.map((f) => f.key)).toEqual(['visitDate', 'productActual']);
    expect(JSON.stringify(blinded.ok && blinded.value)).not.toMatch(/productActual|PLACEBO/);
  });

  it('a blinded model has no dose, and says it is blinded', () => {
    const blinded = formModel('infusion', { blinded: true });
    expect(blinded.dose).toBeUndefined();
    expect(blinded.blinded).toBe(true);
    expect(formModel('infusion').dose).toBeDefined();
  });

  it('the value schema of a blinded visit refuses unblinded-only keys', () => {
    const protocol = aProtocol();
    const leaky = {
      ...protocol,
      forms: [...protocol.forms.filter((f) => f.id !== 'visit'), aForm('visit', [{ item: 'visitDate', required: true }, { item: 'productActual', required: true }])],
    };
    const blinded = buildFormModel({ protocol: leaky, visitId: 'w0', formId: 'visit', arm: 'msc', blinded: true });
    if (!blinded.ok) throw new Error('builds');
    const schema = buildValueSchema(blinded.value);
    expect(schema.safeParse({ visitDate: '2025-01-02' }).success).toBe(true);
    expect(schema.safeParse({ visitDate: '2025-01-02', productActual: 'MSC' }).success).toBe(false);
  });
});
