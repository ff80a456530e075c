import type { CrfEvent, ItemEvent } from '../../events';

/** Events that change one item's value or missing reason: the ones that can conflict. */
export const isItemEvent = (e: CrfEvent): e is ItemEvent =>
  e.type === 'item.valueSet' || e.type === 'item.missingReasonSet' || e.type === 'item.cleared';
