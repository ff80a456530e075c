/**
 * Form items and endpoint items against the item catalogue: the id exists, a per-protocol override
 * fits the item's kind, and an item that reveals the allocation sits only on an unblinded-only form.
 */
import type { IssuePath } from '../lib/result';
import { isNumericKind, type CatalogueItemView, type ProtocolCatalogue } from './catalogue-view';
import type { FormItem } from './forms';
import { checkUnique, type IssueCollector } from './issue-collector';
import type { Protocol } from './schema';

function checkFixedValue(def: CatalogueItemView, value: FormItem['fixedValue'], path: IssuePath, issues: IssueCollector): void {
  if (value === undefined) return;
  const wrong = (expected: string): void => issues.error(path, `item "${def.id}" is a ${def.kind} item: the fixed value must be ${expected}`);
  switch (def.kind) {
    case 'quantity':
    case 'integer':
      if (typeof value !== 'number') return wrong('a number');
      if (def.kind === 'integer' && !Number.isInteger(value)) return wrong('an integer');
      if (def.hardRange !== undefined && (value < def.hardRange.min || value > def.hardRange.max)) {
        issues.error(path, `fixed value ${value} is outside the hard range ${def.hardRange.min}–${def.hardRange.max}`);
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrong('true or false');
      return;
    case 'choice': {
      const codes = (def.choices ?? []).map((c) => c.code);
      if (typeof value !== 'string' || !codes.includes(value)) wrong(`one of ${codes.map((c) => `"${c}"`).join(', ')}`);
      return;
    }
    case 'text':
    case 'date':
    case 'datetime':
      if (typeof value !== 'string') wrong('a string');
      return;
  }
}

function checkFormItem(form: Protocol['forms'][number], entry: FormItem, path: IssuePath, catalogue: ProtocolCatalogue, issues: IssueCollector): void {
  const def = catalogue.getItem(entry.item);
  if (def === undefined) {
    issues.error([...path, 'item'], `unknown item "${entry.item}"`);
    return;
  }
  if (def.unblindedOnly === true && !form.unblindedOnly) {
    issues.error([...path, 'item'], `item "${entry.item}" reveals the allocation: it may only be on an unblinded-only form`);
  }
  if (entry.softRange !== undefined) {
    const { low, high } = entry.softRange;
    if (!isNumericKind(def.kind)) issues.error([...path, 'softRange'], `item "${entry.item}" is a ${def.kind} item and has no range`);
    if (low === undefined && high === undefined) issues.error([...path, 'softRange'], 'a soft range needs "low" or "high"');
    if (low !== undefined && high !== undefined && low >= high) issues.error([...path, 'softRange', 'low'], `soft low ${low} must be below high ${high}`);
  }
  checkFixedValue(def, entry.fixedValue, [...path, 'fixedValue'], issues);
}

export function checkItems(p: Protocol, catalogue: ProtocolCatalogue, issues: IssueCollector): void {
  p.forms.forEach((form, f) => {
    checkUnique(form.items, (i) => i.item, (i) => ['forms', f, 'items', i, 'item'], 'item on form', issues);
    form.items.forEach((entry, i) => checkFormItem(form, entry, ['forms', f, 'items', i], catalogue, issues));
  });
  p.endpoints.forEach((endpoint, e) => {
    endpoint.items?.forEach((item, i) => {
      if (catalogue.getItem(item) === undefined) issues.error(['endpoints', e, 'items', i], `unknown item "${item}"`);
    });
  });
  if ((p.masking === 'double' || p.masking === 'quadruple') && !p.forms.some((f) => f.unblindedOnly)) {
    issues.warning(['forms'], `a ${p.masking}-blind protocol usually needs an unblinded-only form for product data`);
  }
}
