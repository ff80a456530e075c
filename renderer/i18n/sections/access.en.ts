/** Strings of the access UI (key prefix `access.`). */
export const enAccess = {
  title: 'Access',
} as const;
