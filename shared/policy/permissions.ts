/**
 * Who may append which event, as data: one row per event type (the Record makes a new event type a
 * compile error here until someone decides who may make it). The store enforces it for local writes
 * (renderer/db/write-event.ts); the UI reads it to hide what a role cannot do. Imported events are facts
 * and are never judged by it.
 *
 * The principles (design.md §1):
 * - site staff (nurse, investigator; the pharmacist on unblinded forms) enter and correct data;
 * - monitors never change values: they raise, close and reopen queries and mark source-data verification;
 * - site staff answer queries; only the investigator signs;
 * - data managers import protocol versions and allocation lists;
 * - the application raises system queries (range checks, conflicts) in the session of whoever is working;
 * - the administrator manages users and devices and appends no trial data.
 * Which *forms* a role may see (blinding) is the form engine's job (shared/forms), not this table's.
 */
import type { EventType } from '../events';
import type { Bilingual, PolicyRole } from './roles';

export interface Permission {
  readonly roles: readonly PolicyRole[];
  /** What the event does, to say what was refused: "change a value" / "修改数值". */
  readonly action: Bilingual;
}

const SITE_STAFF: readonly PolicyRole[] = ['nurse', 'investigator'];
const DATA_ENTRY: readonly PolicyRole[] = ['nurse', 'investigator', 'pharmacist'];
const MONITORS: readonly PolicyRole[] = ['monitor'];

const allow = (roles: readonly PolicyRole[], en: string, zh: string): Permission => ({ roles, action: { en, zh } });

export const PERMISSIONS: Readonly<Record<EventType, Permission>> = {
  'subject.screened': allow(SITE_STAFF, 'record a screening', '记录筛选'),
  'subject.enrolled': allow(SITE_STAFF, 'enrol a subject', '入组受试者'),
  'subject.armAssigned': allow(SITE_STAFF, 'assign an arm or kit', '分配组别或药盒'),
  'subject.statusChanged': allow(SITE_STAFF, 'change a subject’s study status', '更改受试者研究状态'),
  'visit.started': allow(SITE_STAFF, 'start a visit', '开始访视'),
  'visit.statusChanged': allow(SITE_STAFF, 'change a visit’s status', '更改访视状态'),
  'item.valueSet': allow(DATA_ENTRY, 'change a value', '修改数值'),
  'item.missingReasonSet': allow(DATA_ENTRY, 'record a missing reason', '记录缺失原因'),
  'item.cleared': allow(DATA_ENTRY, 'clear a value', '清除数值'),
  'record.added': allow(DATA_ENTRY, 'add a row to a form', '添加表单记录'),
  'record.removed': allow(DATA_ENTRY, 'remove a row from a form', '删除表单记录'),
  'form.completed': allow(DATA_ENTRY, 'complete a form', '完成表单'),
  'form.reopened': allow(DATA_ENTRY, 'reopen a form', '重新打开表单'),
  // Manual queries; system queries are allowed to more roles (SYSTEM_QUERY_ROLES).
  'query.opened': allow(MONITORS, 'raise a query', '发起质疑'),
  'query.answered': allow(DATA_ENTRY, 'answer a query', '回复质疑'),
  'query.closed': allow(MONITORS, 'close a query', '关闭质疑'),
  'query.reopened': allow(MONITORS, 'reopen a query', '重新开启质疑'),
  'sdv.set': allow(MONITORS, 'mark a value as source-verified', '标记源数据核查'),
  'sdv.cleared': allow(MONITORS, 'remove a source-data verification', '撤销源数据核查'),
  'signature.applied': allow(['investigator'], 'sign', '签名'),
  'signature.voided': allow(['investigator'], 'void a signature', '作废签名'),
  'protocol.imported': allow(['data-manager'], 'import a protocol version', '导入方案版本'),
  'allocation.imported': allow(['data-manager'], 'import an allocation list', '导入随机分配表'),
};

/**
 * Roles in whose session the application may raise a *system* query (`query.opened` with
 * `system: true`): a range check when a nurse completes a form, an import conflict for the data manager.
 */
export const SYSTEM_QUERY_ROLES: readonly PolicyRole[] = ['nurse', 'investigator', 'pharmacist', 'monitor', 'data-manager'];
