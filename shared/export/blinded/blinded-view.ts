/**
 * What a blinded person may take away in an export: the protocol without the forms and items that
 * reveal the allocation, and the events without the arm assignment, the allocation list and every
 * change to a hidden form or item. The same rule as the blinded casebook and form models
 * (shared/casebook/visibility): a hidden form or item goes with everything about it.
 */
import { visibilityFor } from '../../casebook/visibility';
import type { CrfEvent } from '../../events';
import type { Protocol } from '../../protocol';

/**
 * The protocol as a blinded person sees it: unblinded-only forms and unblinded-only items left out
 * (a form left with no item goes too), and visits list only the remaining forms. Arms stay in the
 * object (the schedule needs them) but no export writes them.
 */
export function blindedProtocol(protocol: Protocol): Protocol {
  const visible = visibilityFor(protocol, true);
  const forms = protocol.forms
    .filter((form) => visible.form(form.id))
    .map((form) => ({ ...form, items: form.items.filter((item) => visible.item(item.item)) }))
    .filter((form) => form.items.length > 0);
  const kept = new Set(forms.map((f) => f.id));
  return { ...protocol, forms, visits: protocol.visits.map((visit) => ({ ...visit, forms: visit.forms.filter((id) => kept.has(id)) })) };
}

/**
 * Whether a blinded export may account for an event. Left out: the arm assignment (its payload names
 * the arm, and its stage tells a re-randomisation), the allocation list, and anything on a hidden form
 * or item (values, missing reasons, queries, SDV, signatures, completion).
 */
export function blindedEventFilter(protocol: Protocol): (event: CrfEvent) => boolean {
  const visible = visibilityFor(protocol, true);
  return (event) => {
    if (event.type === 'subject.armAssigned' || event.type === 'allocation.imported') return false;
    return visible.place(event);
  };
}
