import type { Widen } from '../messages';
import type { enAccess } from './access.en';

export const zhAccess = {
  title: '访问',
} as const satisfies Widen<typeof enAccess>;
