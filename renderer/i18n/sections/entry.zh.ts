import type { Widen } from '../messages';
import type { enEntry } from './entry.en';

export const zhEntry = {
  title: '数据录入',
} as const satisfies Widen<typeof enEntry>;
