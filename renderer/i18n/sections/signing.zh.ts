import type { Widen } from '../messages';
import type { enSigning } from './signing.en';

export const zhSigning = {
  title: '签名',
} as const satisfies Widen<typeof enSigning>;
