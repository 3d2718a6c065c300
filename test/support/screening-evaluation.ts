/**
 * A labelled evaluation set for name screening against the May 2022 CSL snapshot.
 *
 * Each query is a party name as users enter it. A `match` lists names or aliases that identify the
 * right entries (any entry holding one of them counts; the evaluation checks each is in the snapshot,
 * so a label cannot silently point at nothing). A `clear` must produce no match at all. Chinese legal
 * names were written for this set from the companies' registered names; the unlisted companies were
 * checked against the snapshot (several, like YMTC, Cambricon or Biren, were listed only after May 2022).
 */
import type { ListEntry } from '../../src/domain/screening/list-entry.js';
import {
  defaultThresholds,
  type ScreeningIndex,
  type ScreeningResult,
  type ScreeningThresholds,
} from '../../src/domain/screening/matching/index.js';

export type EvaluationCategory =
  | 'listed name'
  | 'alias'
  | 'chinese'
  | 'pinyin'
  | 'legal form'
  | 'spacing'
  | 'typo'
  | 'short form'
  | 'unlisted'
  | 'generic'
  | 'western';

export interface LabelledQuery {
  name: string;
  country?: string;
  category: EvaluationCategory;
  /** Names or aliases of the entries that must be among the matches; absent: the party is not listed. */
  match?: readonly string[];
}

const huawei = ['Huawei Technologies Co., Ltd. (Huawei)', 'HUAWEI TECHNOLOGIES CO., LTD.'];
const hikvision = [
  'Hangzhou Hikvision Digital Technology Co., Ltd.',
  'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.',
];
const smic = ['SMIC'];
const sugon = ['Sugon', 'DAWNING INFORMATION INDUSTRY CO., LTD'];
const phytium = ['Tianjin Phytium Information Technology'];
const higon = ['Higon'];
const haiguangIc = ['Chengdu Haiguang Integrated Circuit'];
const haiguangMicro = ['Chengdu Haiguang Microelectronics Technology'];
const sensetimeBeijing = ['Beijing Sensetime Technology Development Co., Ltd.'];
const sensetime = ['SENSETIME GROUP LIMITED', 'Beijing Sensetime Technology Development Co., Ltd.'];
const iflytek = ['IFLYTEK'];
const dji = ['DJI', 'SZ DJI TECHNOLOGY CO., LTD.'];
const megvii = ['Megvii Technology', 'MEGVII TECHNOLOGY LIMITED'];
const yitu = ['Yitu Technologies'];
const cloudwalk = ['CloudWalk Technology', 'CLOUDWALK TECHNOLOGY CO., LTD.'];
const dahua = ['Dahua Technology'];
const fiberhome = ['FiberHome Technologies Group'];
const inspur = ['INSPUR GROUP CO., LTD.'];
const cetc = ['CHINA ELECTRONICS TECHNOLOGY GROUP CORPORATION'];
const nudt = ['Hunan Guofang Keji University'];
const buaa = ['Beihang University'];
const nsccWuxi = ['NSCC-WX'];
const jiangnan = ['Wuxi Jiangnan Institute of Computing Technology'];
const chinaMobile = ['CHINA MOBILE COMMUNICATIONS GROUP CO., LTD.'];
const chinaTelecom = ['CHINA TELECOM CORPORATION LIMITED', 'CHINA TELECOMMUNICATIONS CORPORATION'];
const avic = ['AVIATION INDUSTRY CORPORATION OF CHINA, LTD.'];
const norinco = ['NORINCO'];
const jingjia = [
  'Changsha Jingjia Microelectronics Co., Ltd',
  'CHANGSHA JINGJIA MICROELECTRONICS COMPANY LIMITED',
];
const keda = ['Suzhou Keda Technology Co., Ltd.'];
const meiya = ['Xiamen Meiya Pico Information Co. Ltd.', 'XIAMEN MEIYA PICO INFORMATION CO., LTD.'];
const qihoo = ['Qihoo 360 Technology Company'];

export const evaluationQueries: readonly LabelledQuery[] = [
  // Listed names, as the list writes them.
  { category: 'listed name', name: 'Huawei Technologies Co., Ltd.', match: huawei },
  { category: 'listed name', name: 'Hangzhou Hikvision Digital Technology Co., Ltd.', match: hikvision },
  { category: 'listed name', name: 'Semiconductor Manufacturing International Corporation', match: smic },
  { category: 'listed name', name: 'Tianjin Phytium Information Technology', match: phytium },
  { category: 'listed name', name: 'Chengdu Haiguang Integrated Circuit', match: haiguangIc },
  { category: 'listed name', name: 'Chengdu Haiguang Microelectronics Technology', match: haiguangMicro },
  {
    category: 'listed name',
    name: 'Beijing Sensetime Technology Development Co., Ltd.',
    match: sensetimeBeijing,
  },
  { category: 'listed name', name: 'SenseTime Group Limited', match: sensetime },
  { category: 'listed name', name: 'Megvii Technology Limited', match: megvii },
  { category: 'listed name', name: 'Yitu Technologies', match: yitu },
  { category: 'listed name', name: 'CloudWalk Technology Co., Ltd.', match: cloudwalk },
  { category: 'listed name', name: 'Dahua Technology', match: dahua },
  { category: 'listed name', name: 'FiberHome Technologies Group', match: fiberhome },
  { category: 'listed name', name: 'Inspur Group Co., Ltd.', match: inspur },
  { category: 'listed name', name: 'China Electronics Technology Group Corporation', match: cetc },
  { category: 'listed name', name: 'National University of Defense Technology', match: nudt },
  {
    category: 'listed name',
    name: 'Harbin Institute of Technology',
    match: ['Harbin Institute of Technology'],
  },
  { category: 'listed name', name: 'National Supercomputing Center Wuxi', match: nsccWuxi },
  { category: 'listed name', name: 'Wuxi Jiangnan Institute of Computing Technology', match: jiangnan },
  { category: 'listed name', name: 'Sunway Microelectronics', match: ['Sunway Microelectronics'] },
  { category: 'listed name', name: 'Qihoo 360 Technology Company', match: qihoo },
  { category: 'listed name', name: 'Xiamen Meiya Pico Information Co., Ltd.', match: meiya },
  { category: 'listed name', name: 'China Mobile Communications Group Co., Ltd.', match: chinaMobile },
  { category: 'listed name', name: 'China Telecom Corporation Limited', match: chinaTelecom },
  { category: 'listed name', name: 'Aviation Industry Corporation of China', match: avic },
  { category: 'listed name', name: 'China North Industries Group Corporation', match: norinco },
  { category: 'listed name', name: 'Changsha Jingjia Microelectronics Co., Ltd.', match: jingjia },
  { category: 'listed name', name: 'Nanchang O-Film Tech', match: ['Nanchang O-Film Tech'] },
  { category: 'listed name', name: 'QuantumCTek Co., Ltd.', match: ['QuantumCTek Co., Ltd.'] },
  { category: 'listed name', name: 'Suzhou Keda Technology Co., Ltd.', match: keda },
  { category: 'listed name', name: 'Zhongtian Technology Submarine Cable Co., Ltd.', match: ['ZTT Cable'] },
  {
    category: 'listed name',
    name: 'Beijing Institute of Technology',
    match: ['Beijing Institute of Technology'],
  },
  { category: 'listed name', name: 'Sichuan University', match: ['Sichuan University'] },
  {
    category: 'listed name',
    name: 'Huawei Device (Dongguan) Co., Ltd.',
    match: ['Huawei Device (Dongguan) Co., Ltd.'],
  },
  {
    category: 'listed name',
    name: 'Shanghai Micro Electronics Equipment (Group) Co., Ltd.',
    match: ['Shanghai Micro Electronics Equipment (Group) Co., Ltd.'],
  },
  { category: 'listed name', name: 'Gazprom Telekom OOO', match: ['Gazprom Telecom'] },

  // Aliases.
  { category: 'alias', name: 'Hikvision', match: hikvision },
  { category: 'alias', name: 'Sugon', match: sugon },
  { category: 'alias', name: 'Dawning Information Industry Co., Ltd.', match: sugon },
  { category: 'alias', name: 'Phytium', match: phytium },
  { category: 'alias', name: 'Higon', match: higon },
  { category: 'alias', name: 'Hygon', match: haiguangIc },
  { category: 'alias', name: 'Higon Information Technology', match: higon },
  { category: 'alias', name: 'iFlytek', match: iflytek },
  { category: 'alias', name: 'DJI', match: dji },
  { category: 'alias', name: 'SZ DJI Technology Co., Ltd.', match: dji },
  { category: 'alias', name: 'Da-Jiang Innovations', match: dji },
  { category: 'alias', name: 'Shenzhen DJI Innovation Technology Co., Ltd.', match: dji },
  { category: 'alias', name: 'Beihang University', match: buaa },
  { category: 'alias', name: 'Kedacom', match: keda },
  { category: 'alias', name: 'Cloudwalk', match: cloudwalk },
  { category: 'alias', name: 'China Mobile', match: chinaMobile },
  { category: 'alias', name: 'China Telecom', match: chinaTelecom },
  { category: 'alias', name: 'Shenzhen Huawei Technologies', match: huawei },
  { category: 'alias', name: 'Huawei Technology', match: huawei },
  { category: 'alias', name: 'Jiangnan Institute of Computing Technology', match: jiangnan },
  {
    category: 'alias',
    name: 'Deep Glint International',
    match: ['Beijing Geling Shentong Information Technology Co., Ltd.'],
  },
  { category: 'alias', name: 'Shuguang Information Industry', match: sugon },

  // Chinese legal names and brands, as Chinese parties write them.
  { category: 'chinese', name: '华为技术有限公司', match: huawei },
  { category: 'chinese', name: '华为技术有限公司', country: 'CN', match: huawei },
  { category: 'chinese', name: '深圳市华为技术有限公司', match: huawei },
  { category: 'chinese', name: '海光信息技术有限公司', match: higon },
  { category: 'chinese', name: '海光信息技术股份有限公司', match: higon },
  { category: 'chinese', name: '成都海光集成电路设计有限公司', match: haiguangIc },
  { category: 'chinese', name: '成都海光微电子技术有限公司', match: haiguangMicro },
  { category: 'chinese', name: '中芯国际集成电路制造有限公司', match: smic },
  { category: 'chinese', name: '中芯国际', match: smic },
  { category: 'chinese', name: '曙光信息产业股份有限公司', match: sugon },
  { category: 'chinese', name: '中科曙光', match: sugon },
  { category: 'chinese', name: '天津飞腾信息技术有限公司', match: phytium },
  { category: 'chinese', name: '北京商汤科技开发有限公司', match: sensetimeBeijing },
  { category: 'chinese', name: '商汤集团有限公司', match: sensetime },
  { category: 'chinese', name: '科大讯飞股份有限公司', match: iflytek },
  { category: 'chinese', name: '杭州海康威视数字技术股份有限公司', match: hikvision },
  { category: 'chinese', name: '海康威视', match: hikvision },
  { category: 'chinese', name: '深圳市大疆创新科技有限公司', match: dji },
  { category: 'chinese', name: '大疆', match: dji },
  { category: 'chinese', name: '浙江大华技术股份有限公司', match: dahua },
  { category: 'chinese', name: '北京旷视科技有限公司', match: megvii },
  { category: 'chinese', name: '上海依图网络科技有限公司', match: yitu },
  { category: 'chinese', name: '云从科技集团股份有限公司', match: cloudwalk },
  { category: 'chinese', name: '烽火科技集团有限公司', match: fiberhome },
  { category: 'chinese', name: '浪潮集团有限公司', match: inspur },
  { category: 'chinese', name: '浪潮电子信息产业股份有限公司', match: inspur },
  { category: 'chinese', name: '中国电子科技集团有限公司', match: cetc },
  { category: 'chinese', name: '国防科技大学', match: nudt },
  { category: 'chinese', name: '北京航空航天大学', match: buaa },
  { category: 'chinese', name: '国家超级计算无锡中心', match: nsccWuxi },
  { category: 'chinese', name: '无锡江南计算技术研究所', match: jiangnan },
  { category: 'chinese', name: '中国移动通信集团有限公司', match: chinaMobile },
  { category: 'chinese', name: '中国电信股份有限公司', match: chinaTelecom },
  { category: 'chinese', name: '中国航空工业集团有限公司', match: avic },
  { category: 'chinese', name: '中国北方工业集团有限公司', match: norinco },
  { category: 'chinese', name: '长沙景嘉微电子股份有限公司', match: jingjia },
  { category: 'chinese', name: '苏州科达科技股份有限公司', match: keda },
  { category: 'chinese', name: '奇虎360科技有限公司', match: qihoo },
  { category: 'chinese', name: '四川大学', match: ['Sichuan University'] },
  {
    category: 'chinese',
    name: '新疆联海创智信息科技有限公司',
    match: ['Xinjiang Lianhai Chuangzhi Information Technology Co., Ltd.'],
  },
  {
    category: 'chinese',
    name: '上海海思技术有限公司',
    match: ['Shanghai Haisi Technology Co., Ltd.', 'Shanghai HiSilicon Technologies Co., Ltd.'],
  },
  { category: 'chinese', name: '厦门市美亚柏科信息股份有限公司', match: meiya },
  { category: 'chinese', name: '中天科技海缆股份有限公司', match: ['ZTT Cable'] },

  // Pinyin, as lists and parties romanise.
  { category: 'pinyin', name: 'Haiguang Xinxi Jishu Youxian Gongsi', match: higon },
  { category: 'pinyin', name: 'Haiguang Xinxi Jishu', match: higon },
  { category: 'pinyin', name: 'Tianjin Feiteng Information Technology', match: phytium },
  { category: 'pinyin', name: 'Tianjin Feiteng Xinxi Jishu Youxian Gongsi', match: phytium },
  { category: 'pinyin', name: 'Zhongke Shuguang', match: sugon },
  { category: 'pinyin', name: 'Beijing Shangtang Keji Kaifa Youxian Gongsi', match: sensetimeBeijing },
  { category: 'pinyin', name: 'Chengdu Haiguang Jicheng Dianlu Sheji', match: haiguangIc },
  { category: 'pinyin', name: 'Chengdu Haiguang Weidianzi Jishu', match: haiguangMicro },
  { category: 'pinyin', name: 'Hunan Guofang Keji Daxue', match: nudt },
  { category: 'pinyin', name: 'Shenzhen Dajiang Chuangxin Keji', match: dji },
  {
    category: 'pinyin',
    name: 'Xinjiang Lianhai Chuangzhi Xinxi Keji Youxian Gongsi',
    match: ['Xinjiang Lianhai Chuangzhi Information Technology Co., Ltd.'],
  },

  // Legal forms written another way.
  { category: 'legal form', name: 'Huawei Technologies Company Limited', match: huawei },
  { category: 'legal form', name: 'Hangzhou Hikvision Digital Technology Company Limited', match: hikvision },
  { category: 'legal form', name: 'Semiconductor Manufacturing International Corp.', match: smic },
  { category: 'legal form', name: 'Inspur Group Company Limited', match: inspur },
  { category: 'legal form', name: 'Megvii Technology Co., Ltd.', match: megvii },
  { category: 'legal form', name: 'Yitu Technologies Co Ltd', match: yitu },
  { category: 'legal form', name: 'Dahua Technology Co., Ltd.', match: dahua },
  { category: 'legal form', name: 'China Mobile Communications Group Company Limited', match: chinaMobile },
  { category: 'legal form', name: 'Changsha Jingjia Microelectronics Corporation', match: jingjia },
  { category: 'legal form', name: 'Tianjin Phytium Information Technology Co., Ltd.', match: phytium },
  {
    category: 'legal form',
    name: 'Beijing Sensetime Technology Development Company Limited',
    match: sensetimeBeijing,
  },
  { category: 'legal form', name: 'SZ DJI Technology Company Limited', match: dji },
  { category: 'legal form', name: 'Gazprom Telekom LLC', match: ['Gazprom Telecom'] },
  { category: 'legal form', name: 'CloudWalk Technology Corp.', match: cloudwalk },
  { category: 'legal form', name: 'Xiamen Meiya Pico Information Company Limited', match: meiya },

  // Spacing and joining.
  { category: 'spacing', name: 'Sense Time', match: sensetime },
  { category: 'spacing', name: 'Sense Time Group Ltd', match: sensetime },
  { category: 'spacing', name: 'Hik Vision', match: hikvision },
  { category: 'spacing', name: 'Fiber Home Technologies Group', match: fiberhome },
  { category: 'spacing', name: 'Cloud Walk Technology', match: cloudwalk },
  { category: 'spacing', name: 'Quantum CTek Co., Ltd.', match: ['QuantumCTek Co., Ltd.'] },
  { category: 'spacing', name: 'Net Posa Technologies', match: ['NetPosa'] },
  { category: 'spacing', name: 'iFly Tek', match: iflytek },
  { category: 'spacing', name: 'Hai Guang Xinxi Jishu', match: higon },
  { category: 'spacing', name: 'Changsha Jing Jia Microelectronics', match: jingjia },
  { category: 'spacing', name: 'Chengdu Haiguang Micro Electronics Technology', match: haiguangMicro },
  { category: 'spacing', name: 'SenseTime', match: sensetime },

  // One typo.
  { category: 'typo', name: 'Huawei Technolgies Co., Ltd.', match: huawei },
  { category: 'typo', name: 'Hikvison Digital Technology', match: hikvision },
  { category: 'typo', name: 'Semiconducter Manufacturing International Corporation', match: smic },
  { category: 'typo', name: 'Tianjin Phytuim Information Technology', match: phytium },
  { category: 'typo', name: 'Megvi Technology', match: megvii },
  { category: 'typo', name: 'Cloudwlak Technology', match: cloudwalk },
  { category: 'typo', name: 'Sensetiem Group Limited', match: sensetime },
  { category: 'typo', name: 'Dawnign Information Industry', match: sugon },
  { category: 'typo', name: 'Changsha Jingjai Microelectronics', match: jingjia },
  { category: 'typo', name: 'Qihoo 360 Technolgy Company', match: qihoo },
  { category: 'typo', name: 'Xiamen Meiya Pico Informaton Co Ltd', match: meiya },
  { category: 'typo', name: 'Fiberhoem Technologies Group', match: fiberhome },

  // Short forms, alone or in parentheses.
  { category: 'short form', name: 'SMIC', match: smic },
  {
    category: 'short form',
    name: 'Semiconductor Manufacturing International Corporation (SMIC)',
    match: smic,
  },
  { category: 'short form', name: 'National University of Defense Technology (NUDT)', match: nudt },
  { category: 'short form', name: 'NUDT', match: nudt },
  { category: 'short form', name: 'CETC', match: cetc },
  { category: 'short form', name: 'NORINCO', match: norinco },
  { category: 'short form', name: 'NSCC-WX', match: nsccWuxi },
  { category: 'short form', name: 'AVIC', match: avic },
  { category: 'short form', name: 'CASIC', match: ['CASIC'] },
  { category: 'short form', name: 'Hikvision', country: 'CN', match: hikvision },

  // Chinese companies not on the May 2022 list, in English and Chinese.
  { category: 'unlisted', name: 'ByteDance Ltd.' },
  { category: 'unlisted', name: '北京字节跳动科技有限公司' },
  { category: 'unlisted', name: 'Lenovo Group Limited' },
  { category: 'unlisted', name: '联想集团有限公司' },
  { category: 'unlisted', name: 'JD.com, Inc.' },
  { category: 'unlisted', name: '北京京东世纪贸易有限公司' },
  { category: 'unlisted', name: 'Meituan' },
  { category: 'unlisted', name: '北京三快在线科技有限公司' },
  { category: 'unlisted', name: 'Alibaba Group Holding Limited' },
  { category: 'unlisted', name: '阿里巴巴集团控股有限公司' },
  { category: 'unlisted', name: 'Tencent Holdings Limited' },
  { category: 'unlisted', name: '腾讯科技(深圳)有限公司' },
  { category: 'unlisted', name: 'Baidu, Inc.' },
  { category: 'unlisted', name: '百度在线网络技术(北京)有限公司' },
  { category: 'unlisted', name: 'Xiaomi Corporation' },
  { category: 'unlisted', name: '小米科技有限责任公司' },
  { category: 'unlisted', name: 'Kuaishou Technology' },
  { category: 'unlisted', name: '北京快手科技有限公司' },
  { category: 'unlisted', name: 'NetEase, Inc.' },
  { category: 'unlisted', name: '网易(杭州)网络有限公司' },
  { category: 'unlisted', name: 'Pinduoduo Inc.' },
  { category: 'unlisted', name: '上海寻梦信息技术有限公司' },
  { category: 'unlisted', name: 'Ant Group Co., Ltd.' },
  { category: 'unlisted', name: '蚂蚁科技集团股份有限公司' },
  { category: 'unlisted', name: 'BYD Company Limited' },
  { category: 'unlisted', name: '比亚迪股份有限公司' },
  { category: 'unlisted', name: 'Contemporary Amperex Technology Co., Limited' },
  { category: 'unlisted', name: '宁德时代新能源科技股份有限公司' },
  { category: 'unlisted', name: 'Haier Group Corporation' },
  { category: 'unlisted', name: 'Midea Group Co., Ltd.' },
  { category: 'unlisted', name: '美的集团股份有限公司' },
  { category: 'unlisted', name: 'Yangtze Memory Technologies Co., Ltd.' },
  { category: 'unlisted', name: '长江存储科技有限责任公司' },
  { category: 'unlisted', name: 'Cambricon Technologies Corporation Limited' },
  { category: 'unlisted', name: '中科寒武纪科技股份有限公司' },
  { category: 'unlisted', name: 'Shanghai Biren Technology Co., Ltd.' },
  { category: 'unlisted', name: '上海壁仞智能科技有限公司' },
  { category: 'unlisted', name: 'Moore Threads Technology Co., Ltd.' },
  { category: 'unlisted', name: 'Luxshare Precision Industry Co., Ltd.' },
  { category: 'unlisted', name: '立讯精密工业股份有限公司' },
  { category: 'unlisted', name: 'BOE Technology Group Co., Ltd.' },
  { category: 'unlisted', name: '京东方科技集团股份有限公司' },
  { category: 'unlisted', name: 'Geely Automobile Holdings Limited' },
  { category: 'unlisted', name: 'Trip.com Group Limited' },

  // Generic names: business words and legal forms only.
  { category: 'generic', name: 'Technology Co., Ltd.' },
  { category: 'generic', name: 'China Electronics Trading Company' },
  { category: 'generic', name: 'International Trading Company Limited' },
  { category: 'generic', name: 'China Technology Group' },
  { category: 'generic', name: 'Shenzhen Electronics Co., Ltd.' },
  { category: 'generic', name: 'Beijing Technology Development Co., Ltd.' },
  { category: 'generic', name: '科技有限公司' },
  { category: 'generic', name: '电子科技有限公司' },
  { category: 'generic', name: '深圳市电子有限公司' },
  { category: 'generic', name: '北京科技发展有限公司' },
  { category: 'generic', name: 'Global Trading LLC' },
  { category: 'generic', name: 'General Industries Corporation' },
  { category: 'generic', name: 'Information Technology Company' },
  { category: 'generic', name: 'Co., Ltd.' },
  { category: 'generic', name: 'Shanghai Electronic Technology Co., Ltd.' },

  // Western companies.
  { category: 'western', name: 'Apple Inc.' },
  { category: 'western', name: 'Microsoft Corporation' },
  { category: 'western', name: 'Siemens AG' },
  { category: 'western', name: 'Robert Bosch GmbH' },
  { category: 'western', name: 'Intel Corporation' },
  { category: 'western', name: 'NVIDIA Corporation' },
  { category: 'western', name: 'Dell Technologies Inc.' },
  { category: 'western', name: 'Hewlett Packard Enterprise Company' },
  { category: 'western', name: 'Cisco Systems, Inc.' },
  { category: 'western', name: 'Advanced Micro Devices, Inc.' },
  { category: 'western', name: 'Texas Instruments Incorporated' },
  { category: 'western', name: 'Samsung Electronics Co., Ltd.' },
  { category: 'western', name: 'Sony Group Corporation' },
  { category: 'western', name: 'ASML Holding N.V.' },
  { category: 'western', name: 'Applied Materials, Inc.' },
  { category: 'western', name: 'Lam Research Corporation' },
  { category: 'western', name: 'Qualcomm Incorporated' },
  { category: 'western', name: 'Micron Technology, Inc.' },
  { category: 'western', name: 'Arrow Electronics, Inc.' },
  { category: 'western', name: 'Avnet, Inc.' },
  { category: 'western', name: 'Mouser Electronics' },
  { category: 'western', name: 'Schneider Electric SE' },
  { category: 'western', name: 'Nokia Oyj' },
  { category: 'western', name: 'Telefonaktiebolaget LM Ericsson' },
];

export interface QueryOutcome {
  query: LabelledQuery;
  result: ScreeningResult;
  /** For a listed party: the right entry is among the matches (review or hit). */
  found: boolean;
}

export interface EvaluationFigures {
  queries: number;
  positives: number;
  negatives: number;
  /** Listed parties whose right entry is among the matches, over listed parties. */
  recall: number;
  /** Of the queries flagged (review or hit), the share that should be: listed parties with the right entry. */
  precision: number;
  /** Listed parties decided `hit` with the right entry, over listed parties. */
  hitRate: number;
  /** Parties not listed that were flagged. */
  falsePositives: number;
  misses: QueryOutcome[];
  wrongFlags: QueryOutcome[];
  outcomes: QueryOutcome[];
}

/** Whether an entry is one the label names: its name or one of its aliases, ignoring case. */
function isLabelled(entry: ListEntry, labels: readonly string[]): boolean {
  const names = new Set([entry.name, ...entry.aliases].map((name) => name.toLowerCase()));
  return labels.some((label) => names.has(label.toLowerCase()));
}

/** Labels that name no entry of the list: a label gone stale must fail the evaluation, not pass it. */
export function unknownLabels(entries: readonly ListEntry[]): string[] {
  const names = new Set(
    entries.flatMap((entry) => [entry.name, ...entry.aliases].map((n) => n.toLowerCase())),
  );
  const labels = new Set(evaluationQueries.flatMap((query) => query.match ?? []));
  return [...labels].filter((label) => !names.has(label.toLowerCase()));
}

/** Screens every labelled query and scores the outcome. */
export function evaluate(
  index: ScreeningIndex,
  entries: readonly ListEntry[],
  thresholds: ScreeningThresholds = defaultThresholds,
): EvaluationFigures {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const outcomes = evaluationQueries.map((query, i): QueryOutcome => {
    const result = index.screen({ id: `q${i}`, name: query.name, country: query.country }, thresholds);
    const labels = query.match;
    const found =
      labels !== undefined &&
      result.matches.some((match) => {
        const entry = byId.get(match.entryId);
        return entry !== undefined && isLabelled(entry, labels);
      });
    return { query, result, found };
  });
  const positives = outcomes.filter((o) => o.query.match);
  const negatives = outcomes.filter((o) => !o.query.match);
  const flagged = outcomes.filter((o) => o.result.decision !== 'clear');
  const rightlyFlagged = flagged.filter((o) => o.found);
  return {
    queries: outcomes.length,
    positives: positives.length,
    negatives: negatives.length,
    recall: positives.filter((o) => o.found).length / positives.length,
    precision: flagged.length === 0 ? 1 : rightlyFlagged.length / flagged.length,
    hitRate: positives.filter((o) => o.found && o.result.decision === 'hit').length / positives.length,
    falsePositives: negatives.filter((o) => o.result.decision !== 'clear').length,
    misses: positives.filter((o) => !o.found),
    wrongFlags: flagged.filter((o) => !o.found),
    outcomes,
  };
}
