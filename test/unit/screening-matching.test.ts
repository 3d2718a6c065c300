import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListEntry } from '../../src/domain/screening/list-entry.js';
import {
  defaultThresholds,
  ScreeningIndex,
  type ScreeningMatch,
  type ScreeningResult,
} from '../../src/domain/screening/matching/index.js';
import { cslSnapshotEntries } from '../support/screening-csl-snapshot.js';
import { listEntry as entry } from '../support/list-entries.js';

/**
 * A small list with a background of ordinary company names, so that "Technology", "China" or
 * "Electronics" are as common here as on a real list and the rare words carry the names.
 */
const background = [
  'Beijing Jinghua Technology Co., Ltd.',
  'Shanghai Fengda Electronics Technology Co., Ltd.',
  'Shenzhen Yuanhang Information Technology Co., Ltd.',
  'China Ocean Trading Company',
  'Wuhan Guanghua Electronics Co., Ltd.',
  'Tianjin Binhai Technology Development Co., Ltd.',
  'Guangzhou Sanhe Trading Company Limited',
  'Chengdu Tianfu Software Technology Co., Ltd.',
  'Nanjing Dongfang Communication Technology Co., Ltd.',
  'Hangzhou Xihu Digital Technology Co., Ltd.',
  'China Electronics Import and Export Corporation',
  'Global Industries Group',
  'Asia Pacific Technology Corporation',
  'International Electronics Group Limited',
  'Xi\u2019an Aerospace Technology Institute',
];
const listed = [
  entry('el-huawei', 'Huawei Technologies Co., Ltd.', ['Shenzhen Huawei Technologies', 'Huawei']),
  entry('el-higon', 'Higon', [
    'Higon Information Technology',
    'Haiguang Xinxi Jishu Youxian Gongsi',
    'THATIC',
  ]),
  entry('el-sensetime', 'Beijing Sensetime Technology Development Co., Ltd.', ['Sense Time']),
  entry('cmic-sensetime', 'SENSETIME GROUP LIMITED', [], { countries: ['HK'] }),
  entry('el-smic', 'Semiconductor Manufacturing International Corporation', ['SMIC']),
  entry('cmic-cec', 'CHINA ELECTRONICS CORPORATION', ['CEC']),
  entry('sdn-person', 'WANG, Wei', [], { type: 'Individual', countries: ['CN'] }),
  entry('el-hikvision', 'Hangzhou Hikvision Digital Technology Co., Ltd.', ['Hikvision']),
  ...background.map((name, i) => entry(`bg-${String(i).padStart(2, '0')}`, name, [], { countries: [] })),
];

const index = ScreeningIndex.build(listed);
const screen = (name: string, country?: string): ScreeningResult =>
  index.screen({ id: 'party-1', name, country });
const top = (result: ScreeningResult): ScreeningMatch => {
  const best = result.matches[0];
  if (!best) throw new Error(`no match for ${result.id}`);
  return best;
};

describe('ScreeningIndex: what a screening officer relies on', () => {
  it('finds Huawei from its Chinese legal name, with the English terms it translated', () => {
    const result = screen('华为技术有限公司');
    expect(result.decision).toBe('hit');
    const best = top(result);
    expect(best.entryId).toBe('el-huawei');
    expect(best.name).toBe('Huawei Technologies Co., Ltd.');
    expect(best.pairs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ query: '华为', listed: 'huawei' }),
        expect.objectContaining({ query: '技术', listed: 'technology', how: 'translated' }),
        expect.objectContaining({ query: '有限公司', how: 'legal-form' }),
      ]),
    );
    expect(best.parts.legalForm).toBeGreaterThan(0);
  });

  it('finds the pinyin alias of Higon from 海光信息技术有限公司 and says which alias matched', () => {
    const result = screen('海光信息技术有限公司');
    expect(result.decision).toBe('hit');
    const higon = result.matches.find((match) => match.entryId === 'el-higon');
    expect(higon?.score).toBe(1);
    expect(['Higon Information Technology', 'Haiguang Xinxi Jishu Youxian Gongsi']).toContain(higon?.variant);
  });

  it('matches the romanised legal form "Youxian Gongsi" as a legal form, not as name words', () => {
    const best = top(screen('Haiguang Xinxi Jishu Youxian Gongsi'));
    expect(best.entryId).toBe('el-higon');
    expect(best.variant).toBe('Haiguang Xinxi Jishu Youxian Gongsi');
    expect(best.pairs.map((pair) => pair.how)).toEqual(['exact', 'exact', 'exact', 'legal-form']);
  });

  it('bridges spacing both ways: "Sense Time" finds SenseTime, "SenseTime" finds the alias "Sense Time"', () => {
    const joined = screen('Sense Time Group Ltd');
    expect(top(joined).entryId).toBe('cmic-sensetime');
    expect(top(joined).pairs[0]).toMatchObject({ query: 'sense time', listed: 'sensetime', how: 'joined' });
    const split = screen('SenseTime');
    const alias = split.matches.find((match) => match.entryId === 'el-sensetime');
    expect(alias).toMatchObject({ variant: 'Sense Time' });
    expect(alias?.pairs[0]).toMatchObject({ how: 'split' });
  });

  it('tolerates one typo or transposition in a long word, and says so', () => {
    for (const name of ['Huawie Technologies Co., Ltd.', 'Huawei Tecnhologies Co., Ltd.']) {
      const best = top(screen(name));
      expect(best.entryId).toBe('el-huawei');
      expect(best.pairs.some((pair) => pair.how === 'typo')).toBe(true);
    }
  });

  it('ignores word order', () => {
    expect(top(screen('Technologies Huawei Co Ltd')).score).toBe(
      top(screen('Huawei Technologies Co Ltd')).score,
    );
  });

  it('treats Co., Ltd. / Company Limited / Corp. as the same kind of thing: a small signal, never the match', () => {
    const sameForm = top(screen('Huawei Technologies Company Limited'));
    const otherForm = top(screen('Huawei Technologies Corp.'));
    expect(sameForm).toMatchObject({ entryId: 'el-huawei', score: 1 });
    expect(otherForm.entryId).toBe('el-huawei');
    expect(otherForm.parts.legalForm).toBeLessThan(sameForm.parts.legalForm);
    expect(screen('Co., Ltd.').decision).toBe('clear');
    expect(screen('有限公司').decision).toBe('clear');
  });

  it('never flags generic names made of business words', () => {
    for (const name of [
      'Technology Co., Ltd.',
      'China Electronics Trading Company',
      'International Technology Group',
      '科技有限公司',
      '北京电子科技有限公司',
    ]) {
      expect(screen(name), name).toMatchObject({ decision: 'clear', matches: [] });
    }
    // …while the listed name made of the same kind of words is still found when written in full.
    expect(top(screen('China Electronics Corporation'))).toMatchObject({ entryId: 'cmic-cec', score: 1 });
  });

  it('uses the country as support only: a boost when it agrees, a small penalty when it differs', () => {
    // A misspelt name, short of a perfect score, so the boost is not hidden by the ceiling of 1.
    const none = top(screen('Sensetiem Group Limited'));
    const agrees = top(screen('Sensetiem Group Limited', 'HK'));
    const differs = top(screen('Sensetiem Group Limited', 'US'));
    expect(none.entryId).toBe('cmic-sensetime');
    expect(none.score).toBeLessThan(0.95);
    expect(agrees.parts.country).toBeGreaterThan(0);
    expect(differs.parts.country).toBeLessThan(0);
    expect(agrees.score).toBeGreaterThan(none.score);
    expect(differs.score).toBeLessThan(none.score);
    // A name that does not match stays clear whatever the country.
    expect(screen('Lenovo Group Limited', 'CN').decision).toBe('clear');
  });

  it('screens a parenthesised short form as a name of its own', () => {
    const result = screen('Semiconductor Manufacturing Intl Corp (SMIC)');
    expect(top(result)).toMatchObject({ entryId: 'el-smic', score: 1 });
    expect(top(screen('SMIC'))).toMatchObject({ entryId: 'el-smic', variant: 'SMIC' });
  });

  it('does not take a company for a listed person', () => {
    expect(screen('Wang Wei Trading Co., Ltd.').decision).toBe('clear');
    const person = top(screen('Wei Wang'));
    expect(person.entryId).toBe('sdn-person');
  });

  it('explains each match: the pair weights add up to the name part', () => {
    const best = top(screen('Hikvision Digital Technology Company Limited', 'CN'));
    expect(best.score).toBeLessThan(1);
    const nameWeight = best.pairs
      .filter((pair) => pair.how !== 'legal-form')
      .reduce((sum, p) => sum + p.weight, 0);
    expect(nameWeight).toBeCloseTo(best.parts.name, 2);
    expect(best.score).toBeCloseTo(best.parts.name + best.parts.legalForm + best.parts.country, 2);
  });

  it('keeps to the thresholds: only matches at or above review, at most maxMatches, best first', () => {
    const result = index.screen({ id: 'p', name: 'Huawei' }, { hit: 0.95, review: 0.3, maxMatches: 2 });
    expect(result.matches.length).toBeLessThanOrEqual(2);
    expect(result.matches.every((match) => match.score >= 0.3)).toBe(true);
    const scores = result.matches.map((match) => match.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('is deterministic: same entries in another order, same answer; ties go to the lower entry id', () => {
    const reversed = ScreeningIndex.build([...listed].reverse());
    for (const name of ['Huawei', '华为技术有限公司', 'Sense Time', 'Technology Co., Ltd.']) {
      expect(reversed.screen({ id: 'x', name })).toEqual(index.screen({ id: 'x', name }));
    }
    const twins = ScreeningIndex.build([entry('b', 'Zhonghao Optics'), entry('a', 'Zhonghao Optics')]);
    expect(twins.screen({ id: 'x', name: 'Zhonghao Optics' }).matches.map((m) => m.entryId)).toEqual([
      'a',
      'b',
    ]);
  });

  it('couldMatch agrees with screen, for delta re-screening against the entries a list update touched', () => {
    const touched = ScreeningIndex.build([listed[0] as ListEntry]);
    expect(touched.size).toBe(1);
    expect(touched.couldMatch({ id: 'p', name: '华为技术有限公司' })).toBe(true);
    expect(touched.couldMatch({ id: 'p', name: 'SenseTime Group' })).toBe(false);
    for (const name of ['Huawei', 'Hikvision', 'Technology Co., Ltd.', 'Huawie Technologies']) {
      expect(index.couldMatch({ id: 'p', name }), name).toBe(
        index.screen({ id: 'p', name }).matches.length > 0,
      );
    }
  });

  it('keeps every score in [0, 1] with three decimals, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(undefined, 'CN', 'US'), (name, country) => {
        const result = index.screen({ id: 'p', name, country }, { hit: 0.9, review: 0, maxMatches: 50 });
        for (const match of result.matches) {
          expect(match.score).toBeGreaterThanOrEqual(0);
          expect(match.score).toBeLessThanOrEqual(1);
          expect(Math.round(match.score * 1000) / 1000).toBe(match.score);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds every listed name and alias as written, and in any word order', () => {
    const names = listed.flatMap((e) => [e.name, ...e.aliases].map((name) => ({ id: e.id, name })));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.integer({ min: 0, max: 1000 }), ({ id, name }, seed) => {
        const words = name.split(' ');
        const shuffled = words.map((word, i) => ({ word, key: (i * 7919 + seed) % 101 }));
        shuffled.sort((a, b) => a.key - b.key);
        const result = index.screen({ id: 'p', name: shuffled.map((w) => w.word).join(' ') });
        expect(
          result.matches.some((match) => match.entryId === id && match.score >= defaultThresholds.hit),
        ).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('ScreeningIndex on the May 2022 CSL snapshot: the reference cases', () => {
  let csl: ScreeningIndex;
  beforeAll(async () => {
    csl = ScreeningIndex.build(await cslSnapshotEntries());
  });
  const names = (result: ScreeningResult) => result.matches.map((match) => match.name);

  it('华为技术有限公司 is a hit on Huawei Technologies Co., Ltd.', () => {
    const result = csl.screen({ id: 'p', name: '华为技术有限公司' });
    expect(result.decision).toBe('hit');
    expect(names(result).some((name) => /^huawei technologies co\., ltd\./i.test(name))).toBe(true);
  });

  it('海光信息技术有限公司 is a hit on Higon through its pinyin alias', () => {
    const result = csl.screen({ id: 'p', name: '海光信息技术有限公司' });
    expect(result.decision).toBe('hit');
    expect(result.matches[0]?.name).toBe('Higon');
  });

  it('the Chinese names of SenseTime, Phytium and Sugon find their entries', () => {
    expect(names(csl.screen({ id: 'p', name: '北京商汤科技开发有限公司' }))[0]).toBe(
      'Beijing Sensetime Technology Development Co., Ltd.',
    );
    expect(names(csl.screen({ id: 'p', name: '天津飞腾信息技术有限公司' }))[0]).toBe(
      'Tianjin Phytium Information Technology',
    );
    expect(names(csl.screen({ id: 'p', name: '曙光信息产业股份有限公司' }))).toContain('Sugon');
  });

  it('"Technology Co., Ltd." and unlisted Chinese companies are clear', () => {
    for (const name of [
      'Technology Co., Ltd.',
      'ByteDance Ltd.',
      '北京字节跳动科技有限公司',
      'Lenovo Group Limited',
    ]) {
      expect(csl.screen({ id: 'p', name }).decision, name).toBe('clear');
    }
  });
});
