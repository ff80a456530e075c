/**
 * The protocol-neutral meanings a signer chooses from (21 CFR 11.50(a)(3): the meaning is part of the
 * signature). Stored as the words shown, in the signer's language, so the record reads as signed.
 */
export const MEANINGS = ['approve', 'reviewed', 'author'] as const;
export type MeaningKey = (typeof MEANINGS)[number];
