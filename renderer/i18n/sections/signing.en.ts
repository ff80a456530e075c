/** Strings of the signing UI (key prefix `signing.`). */
export const enSigning = {
  title: 'Signing',
} as const;
