/**
 * Turning import conflicts into system queries: which conflicts get one, where it points, and its
 * text (English, then Chinese, as every system query). Pure; the importer writes the queries.
 */
import type { ItemVersion, QueryStatus } from '../../events';
import { valueText } from '../casebook/value-text';
import type { ItemConflict, ItemRef } from '../bundle/item-conflicts';
import { device8 } from './file-names';

/** Every conflict query's text starts with this line, so a later import can recognise it. */
export const CONFLICT_QUERY_PREFIX = 'Conflict between devices:';

/** The longest a query text may be (the query payload's limit). */
const MAX_TEXT = 2000;
const MAX_VALUE = 120;

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function versionContent(version: ItemVersion, lang: 'en' | 'zh'): string {
  switch (version.kind) {
    case 'cleared':
      return lang === 'en' ? 'cleared' : '已清除';
    case 'missing':
      return lang === 'en' ? `missing (${version.missing?.code ?? '?'})` : `缺失（${version.missing?.code ?? '?'}）`;
    case 'value': {
      const value = version.value === undefined ? '' : valueText(version.value);
      const unit = version.unit === undefined ? '' : ` ${version.unit}`;
      return `“${clip(`${version.qualifier ?? ''}${value}${unit}`, MAX_VALUE)}”`;
    }
  }
}

/** One version as a person can trace it: what, on which laptop, by whom, when. */
export function describeVersion(version: ItemVersion, lang: 'en' | 'zh'): string {
  const { deviceId, seq, userId, at } = version.stamp;
  const where = lang === 'en' ? `device ${device8(deviceId)} #${seq}, ${userId}, ${at}` : `设备 ${device8(deviceId)} #${seq}，${userId}，${at}`;
  return lang === 'en' ? `${versionContent(version, lang)} (${where})` : `${versionContent(version, lang)}（${where}）`;
}

/** The query text: what happened, every version, and what to do; English then Chinese. */
export function conflictQueryText(conflict: ItemConflict): string {
  const en = [
    `${CONFLICT_QUERY_PREFIX} this field was changed on ${conflict.versions.length} devices without either seeing the other's change.`,
    `Versions: ${conflict.versions.map((v) => describeVersion(v, 'en')).join('; ')}.`,
    'Check the source document, enter the correct value again (with a reason), then answer this query.',
  ].join(' ');
  const zh = [
    `设备间冲突：此字段在 ${conflict.versions.length} 台设备上被修改，且彼此都未看到对方的修改。`,
    `各版本：${conflict.versions.map((v) => describeVersion(v, 'zh')).join('；')}。`,
    '请核对原始资料，重新录入正确的数值（并填写修改原因），然后回复此质疑。',
  ].join('');
  return clip(`${en}\n${zh}`, MAX_TEXT);
}

/** Where a conflict query points: the item itself (a single-record form has no record id). */
export function conflictQueryTarget(item: ItemRef): { subjectId: string; visitId: string; formId: string; recordId?: string; itemId: string } {
  return {
    subjectId: item.subjectId,
    visitId: item.visitId,
    formId: item.formId,
    ...(item.recordId === '' ? {} : { recordId: item.recordId }),
    itemId: item.itemId,
  };
}

/** The parts of a stored query the triage looks at. */
export interface QueryOnRecord {
  readonly subjectId: string;
  readonly visitId?: string;
  readonly formId?: string;
  readonly recordId?: string;
  readonly itemId?: string;
  readonly status: QueryStatus;
  readonly system: boolean;
  readonly text: string;
}

export interface ConflictTriage {
  /** Conflicts that get a new system query. */
  readonly toQuery: readonly ItemConflict[];
  /** Conflicts on an item that already has an open or answered conflict query: not asked twice. */
  readonly alreadyQueried: readonly ItemConflict[];
  /**
   * Concurrent versions that say the same thing (same value, unit, qualifier or missing reason):
   * nothing for a person to decide, so no query; the exports still flag them.
   */
  readonly agreeing: readonly ItemConflict[];
}

const sameItem = (q: QueryOnRecord, item: ItemRef): boolean =>
  q.subjectId === item.subjectId && q.visitId === item.visitId && q.formId === item.formId && (q.recordId ?? '') === item.recordId && q.itemId === item.itemId;

/** Which conflicts become queries (see ConflictTriage). */
export function triageConflicts(conflicts: readonly ItemConflict[], existing: readonly QueryOnRecord[]): ConflictTriage {
  const toQuery: ItemConflict[] = [];
  const alreadyQueried: ItemConflict[] = [];
  const agreeing: ItemConflict[] = [];
  for (const conflict of conflicts) {
    if (conflict.sameContent) agreeing.push(conflict);
    else if (existing.some((q) => q.system && q.status !== 'closed' && q.text.startsWith(CONFLICT_QUERY_PREFIX) && sameItem(q, conflict.item))) alreadyQueried.push(conflict);
    else toQuery.push(conflict);
  }
  return { toQuery, alreadyQueried, agreeing };
}
