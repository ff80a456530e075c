/**
 * Study-product infusion record (domain.md §2.3; CDASH EC). Cell counts may sit on unblinded-only forms
 * by protocol decision; `productActual` reveals the allocation by itself and is always unblinded-only.
 */
import type { ItemDefinition } from '../schema';

export const INFUSION_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'infusionGiven',
    kind: 'boolean',
    label: { en: 'Study product administered', zh: '是否输注研究产品' },
    codes: { cdisc: { domain: 'EC', variable: 'ECYN' } },
  },
  {
    id: 'infusionNotGivenReason',
    kind: 'text',
    label: { en: 'Reason not administered', zh: '未输注原因' },
    maxLength: 200,
    codes: { cdisc: { domain: 'EC', variable: 'ECREASND' } },
  },
  {
    id: 'kitNumber',
    kind: 'text',
    label: { en: 'Kit / bag number', zh: '药盒/细胞袋编号' },
    help: { en: 'Must match the randomisation assignment.', zh: '须与随机分配结果一致。' },
    maxLength: 40,
    codes: { cdisc: { domain: 'EC', variable: 'ECREFID' } },
  },
  {
    id: 'productLot',
    kind: 'text',
    label: { en: 'Product lot number', zh: '产品批号' },
    maxLength: 40,
    codes: { cdisc: { domain: 'EC', variable: 'ECLOT' } },
  },
  {
    id: 'infusionStart',
    kind: 'datetime',
    label: { en: 'Infusion start (date and time)', zh: '输注开始时间' },
    codes: { cdisc: { domain: 'EC', variable: 'ECSTDTC' }, note: 'CDASH ECSTDAT + ECSTTIM.' },
  },
  {
    id: 'infusionStop',
    kind: 'datetime',
    label: { en: 'Infusion stop (date and time)', zh: '输注结束时间' },
    help: { en: 'After the start; typical duration 10–120 min.', zh: '须晚于开始时间；常见输注时长 10–120 分钟。' },
    assumption: {
      en: 'Duration limits (hard 1 min–24 h, soft < 10 or > 120 min) are a proposal.',
      zh: '时长限制（硬性 1 分钟–24 小时，软性 < 10 或 > 120 分钟）为建议值。',
    },
    codes: { cdisc: { domain: 'EC', variable: 'ECENDTC' }, note: 'CDASH ECENDAT + ECENTIM.' },
  },
  {
    id: 'dosePerKg',
    kind: 'quantity',
    label: { en: 'Dose (cells per kg)', zh: '剂量（细胞数/千克体重）' },
    help: { en: 'E.g. 2.0 × 10^6 cells/kg.', zh: '如 2.0 × 10^6 个细胞/千克。' },
    unit: 'cells/kg',
    unitLabel: { en: 'cells/kg', zh: '个细胞/kg' },
    alternativeUnits: [
      { unit: '×10^6 cells/kg', label: { en: '×10^6 cells/kg', zh: '×10^6 个细胞/kg' }, factor: 1e6, decimals: 2 },
    ],
    decimals: 0,
    hardRange: { min: 0, max: 1e7, minExclusive: true },
    softRange: { low: 5e4, high: 5e6 },
    qualifierAllowed: false,
    assumption: {
      en: 'Soft range is a proposal around the protocol doses (0.1–4 × 10^6 cells/kg); each protocol checks its own dose ± 10 %.',
      zh: '软性范围为参照各方案剂量（0.1–4 × 10^6 个细胞/kg）的建议值；各方案另按其规定剂量 ± 10% 核查。',
    },
    codes: { cdisc: { domain: 'EC', variable: 'ECDOSE' } },
  },
  {
    id: 'totalCells',
    kind: 'quantity',
    label: { en: 'Total cells infused', zh: '输注细胞总数' },
    help: { en: 'E.g. 6.0 × 10^7 or 1.5 × 10^8 cells per infusion.', zh: '如每次 6.0 × 10^7 或 1.5 × 10^8 个细胞。' },
    unit: 'cells',
    unitLabel: { en: 'cells', zh: '个细胞' },
    alternativeUnits: [
      { unit: '×10^6 cells', label: { en: '×10^6 cells', zh: '×10^6 个细胞' }, factor: 1e6, decimals: 2 },
      { unit: '×10^8 cells', label: { en: '×10^8 cells', zh: '×10^8 个细胞' }, factor: 1e8, decimals: 2 },
    ],
    decimals: 0,
    hardRange: { min: 0, max: 2.5e9, minExclusive: true },
    softRange: { low: 1e6, high: 1e9 },
    qualifierAllowed: false,
    assumption: {
      en: 'Ranges are a proposal: hard max = 1 × 10^7 cells/kg × 250 kg.',
      zh: '范围为建议值：硬性上限 = 1 × 10^7 个细胞/kg × 250 kg。',
    },
    codes: { cdisc: { domain: 'EC', variable: 'ECDOSTOT' } },
  },
  {
    id: 'infusionVolume',
    kind: 'quantity',
    label: { en: 'Volume infused', zh: '输注体积' },
    unit: 'mL',
    alternativeUnits: [],
    decimals: 0,
    hardRange: { min: 1, max: 1_000 },
    softRange: { low: 20, high: 300 },
    qualifierAllowed: false,
    assumption: { en: 'Ranges are a proposal.', zh: '范围为建议值。' },
    codes: { cdisc: { domain: 'EC', variable: 'ECVAMT' } },
  },
  {
    id: 'infusionRoute',
    kind: 'choice',
    label: { en: 'Route', zh: '给药途径' },
    choices: [
      {
        code: 'INTRAVENOUS',
        label: { en: 'Intravenous (peripheral vein)', zh: '静脉输注（外周静脉）' },
        submissionValue: 'INTRAVENOUS',
      },
    ],
    codes: { cdisc: { domain: 'EC', variable: 'ECROUTE' } },
  },
  {
    id: 'infusionInterrupted',
    kind: 'boolean',
    label: { en: 'Infusion interrupted, slowed or stopped', zh: '输注中断、减速或停止' },
    help: { en: 'If yes, link an adverse event where one caused it.', zh: '如为“是”且由不良事件引起，请关联该不良事件。' },
    codes: { cdisc: { domain: 'EC', variable: 'ECDOSADJ' } },
  },
  {
    id: 'infusionInterruptReason',
    kind: 'text',
    label: { en: 'Reason for interruption', zh: '中断原因' },
    maxLength: 200,
    codes: { cdisc: { domain: 'EC', variable: 'ECADJ' } },
  },
  {
    id: 'infusionReaction',
    kind: 'boolean',
    label: { en: 'Infusion reaction', zh: '输注反应' },
    help: {
      en: 'If yes, record an adverse event “Infusion related reaction” with its CTCAE grade.',
      zh: '如为“是”，请记录不良事件“输注相关反应”并按 CTCAE 分级。',
    },
    codes: { cdisc: { domain: 'EC' }, note: 'Sponsor-defined qualifier; the reaction itself is an AE record.' },
  },
  {
    id: 'productActual',
    kind: 'choice',
    label: { en: 'Product actually infused', zh: '实际输注产品' },
    choices: [
      { code: 'MSC', label: { en: 'Umbilical-cord mesenchymal stem cells', zh: '脐带间充质干细胞' } },
      { code: 'PLACEBO', label: { en: 'Placebo', zh: '安慰剂' } },
    ],
    unblindedOnly: true,
    codes: { cdisc: { domain: 'EC', variable: 'ECTRT' }, note: 'Unblinded treatment name; EX EXTRT after unblinding.' },
  },
];
