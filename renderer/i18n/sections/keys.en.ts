/** Strings of the keys UI (key prefix `keys.`). */
export const enKeys = {
  title: 'Keys',
} as const;
