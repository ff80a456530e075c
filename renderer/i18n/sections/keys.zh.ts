import type { Widen } from '../messages';
import type { enKeys } from './keys.en';

export const zhKeys = {
  title: '密钥',
} as const satisfies Widen<typeof enKeys>;
