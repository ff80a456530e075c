/**
 * What a role may see in a casebook. A blinded role never sees an unblinded-only form or item (the
 * same rule as shared/forms' models), nor a form the protocol does not define (it cannot be told apart
 * from one that reveals the allocation). Everything about a hidden form or item (values, queries,
 * signatures, audit rows) is left out with it.
 */
import { getItem } from '../catalogue';
import type { Protocol } from '../protocol';

export interface Visibility {
  readonly blinded: boolean;
  form(formId: string | undefined): boolean;
  item(itemId: string | undefined): boolean;
  /** A place (query, signature, event scope): every part of it is visible. */
  place(place: { readonly formId?: string | undefined; readonly itemId?: string | undefined }): boolean;
}

export function visibilityFor(protocol: Protocol, blinded: boolean): Visibility {
  const forms = new Map(protocol.forms.map((f) => [f.id, f]));
  const form = (formId: string | undefined): boolean => {
    if (formId === undefined || !blinded) return true;
    const definition = forms.get(formId);
    return definition !== undefined && !definition.unblindedOnly;
  };
  const item = (itemId: string | undefined): boolean => {
    if (itemId === undefined || !blinded) return true;
    const found = getItem(itemId);
    return !(found.ok && found.value.unblindedOnly === true);
  };
  return { blinded, form, item, place: (p) => form(p.formId) && item(p.itemId) };
}
