import type { Role } from '../domain/accounts/roles.js';
import type { NewPartyInput } from '../domain/parties/party.js';
import type { ProductSpec } from '../domain/products/product.js';

/**
 * The 2026 H200 case as demo data. Technical figures are the public dense datasheet figures of the
 * reference's worked examples (shared/reference/export-controls.md §1), each with its source.
 */
export const demoProducts: ProductSpec[] = [
  {
    id: 'nvidia-h200-sxm',
    name: 'NVIDIA H200 SXM',
    vendor: 'NVIDIA',
    kind: 'chip',
    datacenter: { value: true, source: 'NVIDIA H200 product page: "for the data center"' },
    dieAreaMm2: { value: 814, source: 'GH100 die, NVIDIA Hopper architecture white paper' },
    dramBandwidthGBps: { value: 4800, source: 'NVIDIA H200 datasheet: 4.8 TB/s HBM3e' },
    peak: [
      {
        format: 'FP8',
        bits: 8,
        tops: 1978.9,
        source: 'NVIDIA H200 datasheet: 3,958 TFLOPS FP8 with sparsity, dense figure 1,978.9',
      },
    ],
  },
  {
    id: 'nvidia-hgx-h200-8gpu',
    name: 'NVIDIA HGX H200 8-GPU board',
    vendor: 'NVIDIA',
    kind: 'assembly',
    component: { productId: 'nvidia-h200-sxm', units: 8 },
  },
  {
    id: 'nvidia-h20',
    name: 'NVIDIA H20',
    vendor: 'NVIDIA',
    kind: 'chip',
    datacenter: { value: true, source: 'Marketed to Chinese cloud providers for datacenter inference' },
    dieAreaMm2: { value: 814, source: 'GH100 die (public teardowns)' },
    dramBandwidthGBps: { value: 4000, source: 'Public specification: 4.0 TB/s HBM3' },
    peak: [{ format: 'FP8', bits: 8, tops: 296, source: 'Public specification: 296 TFLOPS FP8 dense' }],
  },
  {
    id: 'nvidia-a100-sxm',
    name: 'NVIDIA A100 SXM',
    vendor: 'NVIDIA',
    kind: 'chip',
    datacenter: { value: true, source: 'NVIDIA A100 datasheet: "Tensor Core GPU for the data center"' },
    dieAreaMm2: { value: 826, source: 'GA100 die, NVIDIA Ampere architecture white paper' },
    dramBandwidthGBps: { value: 2039, source: 'NVIDIA A100 80GB SXM datasheet: 2,039 GB/s' },
    peak: [
      { format: 'BF16', bits: 16, tops: 312, source: 'NVIDIA A100 datasheet: 312 TFLOPS BF16 dense' },
      { format: 'INT8', bits: 8, tops: 624, source: 'NVIDIA A100 datasheet: 624 TOPS INT8 dense' },
    ],
  },
  {
    id: 'nvidia-l4',
    name: 'NVIDIA L4',
    vendor: 'NVIDIA',
    kind: 'chip',
    datacenter: { value: true, source: 'NVIDIA L4 datasheet: datacenter inference accelerator' },
    dieAreaMm2: { value: 294.5, source: 'AD104 die, NVIDIA Ada architecture white paper' },
    dramBandwidthGBps: { value: 300, source: 'NVIDIA L4 datasheet: 300 GB/s' },
    peak: [
      {
        format: 'INT8',
        bits: 8,
        tops: 242.5,
        source: 'NVIDIA L4 datasheet: 485 TOPS INT8 with sparsity, halved',
      },
    ],
  },
  {
    id: 'nvidia-rtx-4090',
    name: 'NVIDIA GeForce RTX 4090',
    vendor: 'NVIDIA',
    kind: 'chip',
    datacenter: { value: false, source: 'Marketed as a consumer gaming GPU' },
    dieAreaMm2: { value: 608.5, source: 'AD102 die, NVIDIA Ada architecture white paper' },
    dramBandwidthGBps: { value: 1008, source: 'NVIDIA specification: 1,008 GB/s GDDR6X' },
    peak: [
      {
        format: 'FP8',
        bits: 8,
        tops: 660.6,
        source: 'Ada white paper: 1,321.2 TFLOPS FP8 with sparsity, halved',
      },
    ],
  },
  {
    id: 'example-hbm3e-12h',
    name: 'HBM3E 12-high stack (illustrative)',
    vendor: 'Illustrative HBM supplier',
    kind: 'hbm',
    memoryBandwidthGBps: {
      value: 1178,
      source: 'Illustrative: 9.2 Gb/s per pin × 1,024-bit interface ÷ 8 (HBM3E)',
    },
    packageAreaMm2: { value: 121, source: 'Illustrative: JEDEC HBM3 stack footprint of about 11 mm × 11 mm' },
  },
];

/**
 * Illustrative USCC values: each has the format (and a valid GB 32100 check character) of a Unified Social
 * Credit Code with the region code of the company's city, but the organisation part is made up. They are
 * NOT these companies' real codes. Addresses are city-level, from the companies' public headquarters.
 */
const illustrativeUscc = {
  bytedance: '91110108000000001A',
  alibaba: '91330110000000002Y',
  tencent: '91440300000000003P',
  baidu: '91110108000000004K',
  deepseek: '913301050000000051',
} as const;

export const demoParties: NewPartyInput[] = [
  {
    id: 'nvidia',
    legalName: 'NVIDIA Corporation',
    otherNames: [],
    roles: ['exporter'],
    country: 'US',
    hqCountry: 'US',
    addresses: [{ city: 'Santa Clara', region: 'CA', country: 'US' }],
  },
  {
    id: 'bytedance',
    legalName: 'Beijing ByteDance Technology Co., Ltd.',
    otherNames: ['ByteDance', '北京字节跳动科技有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    identifiers: [{ scheme: 'USCC', value: illustrativeUscc.bytedance }],
    addresses: [{ city: 'Beijing', region: 'Haidian District', country: 'CN' }],
  },
  {
    id: 'alibaba',
    legalName: 'Alibaba Cloud Computing Co., Ltd.',
    otherNames: ['Alibaba Cloud', '阿里云计算有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    identifiers: [{ scheme: 'USCC', value: illustrativeUscc.alibaba }],
    addresses: [{ city: 'Hangzhou', region: 'Zhejiang', country: 'CN' }],
  },
  {
    id: 'tencent',
    legalName: 'Shenzhen Tencent Computer Systems Co., Ltd.',
    otherNames: ['Tencent', '深圳市腾讯计算机系统有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    identifiers: [{ scheme: 'USCC', value: illustrativeUscc.tencent }],
    addresses: [{ city: 'Shenzhen', region: 'Guangdong', country: 'CN' }],
  },
  {
    id: 'baidu',
    legalName: 'Beijing Baidu Netcom Science and Technology Co., Ltd.',
    otherNames: ['Baidu', '北京百度网讯科技有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    identifiers: [{ scheme: 'USCC', value: illustrativeUscc.baidu }],
    addresses: [{ city: 'Beijing', region: 'Haidian District', country: 'CN' }],
  },
  {
    id: 'deepseek',
    legalName: 'Hangzhou DeepSeek Artificial Intelligence Basic Technology Research Co., Ltd.',
    otherNames: ['DeepSeek', '杭州深度求索人工智能基础技术研究有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    identifiers: [{ scheme: 'USCC', value: illustrativeUscc.deepseek }],
    addresses: [{ city: 'Hangzhou', region: 'Zhejiang', country: 'CN' }],
  },
  // Firms reported as waiting for later approval rounds; no import approval covers them in the demo.
  {
    id: 'kuaishou',
    legalName: 'Beijing Kuaishou Technology Co., Ltd.',
    otherNames: ['Kuaishou', '北京快手科技有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    addresses: [{ city: 'Beijing', region: 'Haidian District', country: 'CN' }],
  },
  {
    id: 'jd',
    legalName: 'Beijing Jingdong Century Trading Co., Ltd.',
    otherNames: ['JD.com', '北京京东世纪贸易有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    addresses: [{ city: 'Beijing', region: 'Daxing District', country: 'CN' }],
  },
  {
    id: 'meituan',
    legalName: 'Beijing Sankuai Online Technology Co., Ltd.',
    otherNames: ['Meituan', '北京三快在线科技有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    addresses: [{ city: 'Beijing', region: 'Chaoyang District', country: 'CN' }],
  },
  {
    id: 'xiaomi',
    legalName: 'Xiaomi Communications Co., Ltd.',
    otherNames: ['Xiaomi', '小米通讯技术有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    addresses: [{ city: 'Beijing', region: 'Haidian District', country: 'CN' }],
  },
  {
    id: 'moonshot',
    legalName: 'Beijing Moonshot Technology Co., Ltd.',
    otherNames: ['Moonshot AI', '北京月之暗面科技有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    addresses: [{ city: 'Beijing', region: 'Haidian District', country: 'CN' }],
  },
  {
    id: 'minimax',
    legalName: 'Shanghai Xiyu Technology Co., Ltd.',
    otherNames: ['MiniMax', '上海稀宇科技有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    addresses: [{ city: 'Shanghai', region: 'Xuhui District', country: 'CN' }],
  },
  {
    id: 'lenovo',
    legalName: 'Lenovo (Beijing) Co., Ltd.',
    otherNames: ['Lenovo', '联想(北京)有限公司'],
    roles: ['buyer', 'consignee', 'end-user'],
    country: 'CN',
    hqCountry: 'CN',
    addresses: [{ city: 'Beijing', region: 'Haidian District', country: 'CN' }],
  },
  // A consignee a distributor proposed: its name is an alias of Sugon on the Entity List, so screening
  // queues it for review. ILLUSTRATIVE: no such shipment was proposed.
  {
    id: 'dawning',
    legalName: 'Dawning Information Industry Co., Ltd.',
    otherNames: ['曙光信息产业股份有限公司'],
    roles: ['consignee'],
    country: 'CN',
    hqCountry: 'CN',
    addresses: [{ city: 'Tianjin', region: 'Binhai New Area', country: 'CN' }],
  },
  {
    id: 'microsoft',
    legalName: 'Microsoft Corporation',
    otherNames: [],
    roles: ['buyer', 'end-user'],
    country: 'US',
    hqCountry: 'US',
    addresses: [{ city: 'Redmond', region: 'WA', country: 'US' }],
  },
  {
    id: 'meta',
    legalName: 'Meta Platforms, Inc.',
    otherNames: [],
    roles: ['buyer', 'end-user'],
    country: 'US',
    hqCountry: 'US',
    addresses: [{ city: 'Menlo Park', region: 'CA', country: 'US' }],
  },
  {
    id: 'oracle',
    legalName: 'Oracle Corporation',
    otherNames: [],
    roles: ['buyer', 'end-user'],
    country: 'US',
    hqCountry: 'US',
    addresses: [{ city: 'Austin', region: 'TX', country: 'US' }],
  },
  {
    id: 'coreweave',
    legalName: 'CoreWeave, Inc.',
    otherNames: [],
    roles: ['buyer', 'end-user'],
    country: 'US',
    hqCountry: 'US',
    addresses: [{ city: 'Livingston', region: 'NJ', country: 'US' }],
  },
];

export const demoUsers: { username: string; displayName: string; role: Role; partyId?: string }[] = [
  { username: 'admin', displayName: 'Ada Admin', role: 'admin' },
  { username: 'compliance', displayName: 'Chen Compliance', role: 'compliance' },
  { username: 'compliance2', displayName: 'Carla Compliance', role: 'compliance' },
  { username: 'planner', displayName: 'Pat Planner', role: 'planner' },
  { username: 'shipping', displayName: 'Sam Shipping', role: 'shipping' },
  { username: 'auditor', displayName: 'Alex Auditor', role: 'auditor' },
  { username: 'bytedance', displayName: 'ByteDance buyer', role: 'buyer', partyId: 'bytedance' },
  { username: 'alibaba', displayName: 'Alibaba buyer', role: 'buyer', partyId: 'alibaba' },
  { username: 'tencent', displayName: 'Tencent buyer', role: 'buyer', partyId: 'tencent' },
];
