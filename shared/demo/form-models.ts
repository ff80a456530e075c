/**
 * Form models for the demo, built once per arm × stage × visit × form. The site enters data into the
 * unblinded model of the subject's true allocation (the pharmacist's forms need it; the others are the
 * same for every role apart from unblinded-only items, which only sit on the pharmacist's forms).
 */
import { buildFormModel, type FormModel } from '../forms';
import type { Protocol } from '../protocol';

export class FormModels {
  private readonly built = new Map<string, FormModel | null>();
  private readonly unblindedOnly: ReadonlySet<string>;

  constructor(private readonly protocol: Protocol) {
    this.unblindedOnly = new Set(protocol.forms.filter((f) => f.unblindedOnly).map((f) => f.id));
  }

  /** The model, or null when the form cannot be built for this allocation (it is then skipped). */
  get(arm: string, stage: number, visitDefId: string, formId: string): FormModel | null {
    const key = `${arm}|${stage}|${visitDefId}|${formId}`;
    const known = this.built.get(key);
    if (known !== undefined) return known;
    const model = buildFormModel({ protocol: this.protocol, visitId: visitDefId, formId, arm, stage, blinded: false });
    const value = model.ok ? model.value : null;
    this.built.set(key, value);
    return value;
  }

  /** The form reveals the allocation: the pharmacist enters it. */
  isUnblindedOnly(formId: string): boolean {
    return this.unblindedOnly.has(formId);
  }
}
