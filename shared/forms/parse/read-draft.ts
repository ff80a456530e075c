/**
 * Reads one field's draft defensively: drafts come from inputs, storage and tests, so a wrong shape is a
 * problem to report, never a crash. Absent properties take their empty value.
 */
import { MISSING_REASON_CODES, MISSING_REASONS, type MissingReasonCode } from '../../catalogue';
import type { FieldDraft } from '../entry-contract';

export const EMPTY_DRAFT: FieldDraft = { value: '', unit: '', qualifier: '', missing: '', softConfirmed: false };

const isQualifier = (v: unknown): v is FieldDraft['qualifier'] => v === '' || v === '<' || v === '>';
const isMissing = (v: unknown): v is FieldDraft['missing'] =>
  v === '' || (typeof v === 'string' && (MISSING_REASON_CODES as readonly string[]).includes(v));

/** The draft, or a string naming the property that could not be read (a missing code may be unknown). */
export type DraftRead = { readonly ok: true; readonly draft: FieldDraft } | { readonly ok: false; readonly unknownMissing?: string };

export function readDraft(raw: unknown): DraftRead {
  if (raw === undefined || raw === null) return { ok: true, draft: EMPTY_DRAFT };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ok: false };
  try {
    const r = raw as Record<string, unknown>;
    const value = r['value'] ?? '';
    const unit = r['unit'] ?? '';
    const qualifier = r['qualifier'] ?? '';
    const missing = r['missing'] ?? '';
    const softConfirmed = r['softConfirmed'] ?? false;
    if (typeof value !== 'string' || typeof unit !== 'string' || !isQualifier(qualifier) || typeof softConfirmed !== 'boolean') {
      return { ok: false };
    }
    if (!isMissing(missing)) return typeof missing === 'string' ? { ok: false, unknownMissing: missing } : { ok: false };
    return { ok: true, draft: { value, unit, qualifier, missing, softConfirmed } };
  } catch {
    // A getter that throws (a proxy, a revoked object): the draft is unreadable, not the engine broken.
    return { ok: false };
  }
}

const normalise = (s: string): string => s.trim().replace(/[\s_]+/g, ' ').toUpperCase();

/** Codes, their labels in both languages and common spellings: typed as text they are missing reasons. */
const MISSING_SPELLINGS: ReadonlySet<string> = new Set(
  [
    ...MISSING_REASON_CODES,
    ...MISSING_REASON_CODES.flatMap((code: MissingReasonCode) => [MISSING_REASONS[code].label.en, MISSING_REASONS[code].label.zh]),
    'N/A',
    'NOTDONE',
    'ND',
  ].map(normalise),
);

export const looksLikeMissingReason = (text: string): boolean => MISSING_SPELLINGS.has(normalise(text));
