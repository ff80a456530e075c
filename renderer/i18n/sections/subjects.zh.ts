import type { Widen } from '../messages';
import type { enCare } from './subjects.en';

export const zhCare = {
  title: '受试者与访视',
} as const satisfies Widen<typeof enCare>;
