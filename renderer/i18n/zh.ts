import type { Messages } from './messages';
import { zhEntry } from './sections/entry.zh';
import { zhCare } from './sections/subjects.zh';
import { zhBundles } from './sections/bundles.zh';
import { zhCasebook } from './sections/casebook.zh';
import { zhReview } from './sections/review.zh';
import { zhTraining } from './sections/training.zh';
import { zhAccess } from './sections/access.zh';
import { zhSigning } from './sections/signing.zh';
import { zhKeys } from './sections/keys.zh';

/** Simplified Chinese UI strings. `satisfies Messages`: a missing or extra key is a compile error. */
export const zh = {
  entry: zhEntry,
  care: zhCare,
  app: {
    name: '床旁 eCRF',
    skipToContent: '跳到主要内容',
    breadcrumb: '当前位置',
  },
  nav: {
    label: '主导航',
    today: '今日',
    subjects: '受试者',
    review: '数据核查',
    bundles: '数据包',
    protocols: '方案',
    settings: '设置',
  },
  page: {
    today: '今日',
    subjects: '受试者',
    subject: '受试者 {{subjectId}}',
    visit: '访视 {{visitId}}',
    review: '数据核查',
    bundles: '数据包',
    protocols: '方案',
    settings: '设置',
    notFound: '页面不存在',
    error: '出现错误',
  },
  today: {
    empty: '今日没有到期的访视：本设备上还没有受试者。',
    enrolHint: '请在“受试者”页面入组',
  },
  subjects: {
    empty: '本设备上还没有受试者。',
  },
  subject: {
    empty: '本设备上没有受试者 {{subjectId}} 的记录。',
    backToSubjects: '返回受试者列表',
  },
  visit: {
    ofSubject: '受试者 {{subjectId}}',
    empty: '本设备上还没有该访视的表单记录。',
    backToSubject: '返回受试者 {{subjectId}}',
  },
  review: zhReview,
  bundles: zhBundles,
  casebook: zhCasebook,
  training: zhTraining,
  access: zhAccess,
  signing: zhSigning,
  keys: zhKeys,
  notFound: {
    body: '此地址没有对应的页面。',
    goToday: '前往今日',
  },
  error: {
    body: '无法显示此页面：{{message}}',
  },
  settings: {
    interface: '界面',
    language: '语言',
    about: '关于本安装',
    appName: '应用程序',
    version: '版本',
    platform: '平台',
    deviceId: '设备编号',
    deviceIdHint: '在导出的 CRF 数据包和稽查记录中标识本设备。',
    loading: '正在加载…',
    failed: '无法读取应用程序信息：{{message}}',
    platformName: {
      electron: '桌面应用程序',
      web: '网页浏览器',
    },
  },
  language: {
    en: 'English',
    zh: '简体中文',
  },
  status: {
    label: '状态',
    offline: '离线运行：数据不会离开本设备。',
  },
} as const satisfies Messages;
