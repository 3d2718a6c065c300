import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListEntry } from '../../src/domain/screening/list-entry.js';
import { readList, type ListFileInput, type LoadedList } from '../../src/domain/screening/lists/read-list.js';
import { sharedListsDir } from '../support/shared-lists.js';

const listsDir = sharedListsDir;
const onDisk = (name: string): ListFileInput => ({
  name,
  open: () => fs.createReadStream(`${listsDir}/${name}`),
});
const inMemory = (name: string, bytes: Buffer | string): ListFileInput => ({
  name,
  open: () => Readable.from([Buffer.from(bytes)]),
});
const ofacNames = ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'];

const cslCsv = gunzipSync(fs.readFileSync(`${listsDir}/consolidated-2022-05.csv.gz`)).toString('utf8');
const cslRows = parse<Record<string, string>>(cslCsv, { columns: true });
const header = Object.keys(cslRows[0] ?? {});
const byName = (list: LoadedList, rawName: string): ListEntry => {
  const entry = list.entries.find((e) => e.rawName.includes(rawName));
  if (!entry) throw new Error(`no entry named ${rawName}`);
  return entry;
};

describe('the Consolidated Screening List snapshot', () => {
  let csl: LoadedList;
  beforeAll(async () => {
    csl = await readList([onDisk('consolidated-2022-05.csv.gz')]);
  });

  it('reads every row, gzip recognised from its bytes, and keeps the file’s SHA-256', () => {
    expect(csl.kind).toBe('csl');
    expect(csl.files).toEqual([
      {
        name: 'consolidated-2022-05.csv.gz',
        sha256: createHash('sha256')
          .update(fs.readFileSync(`${listsDir}/consolidated-2022-05.csv.gz`))
          .digest('hex'),
        rows: 14_160,
      },
    ]);
    // One entity is spread over two rows (same id and source, other details): one entry.
    expect(csl.entries).toHaveLength(14_159);
    expect(new Set(csl.entries.map((e) => e.id)).size).toBe(csl.entries.length);
    expect(csl.entries.filter((e) => e.source.startsWith('Entity List (EL)'))).toHaveLength(2001);
  });

  it('undoes the snapshot’s quirks in names and keeps what the file said', () => {
    // Leading and trailing whitespace (95 rows, one with ~70 trailing spaces).
    expect(csl.entries.filter((e) => e.name !== e.name.trim() || /\s{2}/.test(e.name))).toEqual([]);
    expect(csl.entries.filter((e) => e.rawName !== e.rawName.trim()).length).toBeGreaterThanOrEqual(90);
    // `?` for a lost apostrophe, and the place appended to the name.
    const xian = byName(csl, 'Xi?an Huawei Technologies');
    expect(xian.name).toBe("Xi'an Huawei Technologies Co., Ltd.");
    expect(xian.rawName).toBe('Xi?an Huawei Technologies Co., Ltd., Xi?an, Shaanxi');
    // Affiliation text inside the name: the row lists the affiliate.
    const longshine = byName(csl, 'Huawei Longshine');
    expect(longshine.name).toBe('Beijing Huawei Longshine Information Technology Co., Ltd.');
    expect(longshine.remarks).toMatch(/^Affiliated entity of Huawei Technologies Co., Ltd. \(Huawei\)\./);
    // Boilerplate.
    expect(byName(csl, 'Ardis Group of Companies').name).toBe('Ardis Group of Companies LLC');
    // "; and" before the last alias, and once ", and".
    expect(byName(csl, '48th Central Scientific Research Institute, Sergiev Posad').aliases).toContain(
      'The Virology Center',
    );
    expect(byName(csl, 'Beijing Sensetime').aliases).toEqual(
      expect.arrayContaining(['Beijing Shangtang Technology Development Co., Ltd.', 'Sense Time']),
    );
    // Short forms in parentheses that stand for the name are aliases; "(USA)" is not.
    expect(
      byName(csl, 'China Aerospace Science and Industry Corporation (CASIC) 3rd Academy?s 159').aliases,
    ).toContain('CASIC');
    expect(byName(csl, 'AERO CONTINENTE (USA) INC.').aliases).not.toContain('USA');
    // Countries as codes, from addresses and nationalities.
    expect(byName(csl, 'Chengdu Haiguang Integrated Circuit')).toMatchObject({
      aliases: ['Hygon', 'Chengdu Haiguang Jincheng Dianlu Sheji'],
      countries: ['CN'],
    });
  });

  it('keeps rows that share an id across sources apart, quoting the list’s own id', () => {
    const arimero = csl.entries.filter((e) => e.listedId === '34616');
    expect(arimero.map((e) => e.id).sort()).toEqual(['34616~CAP', '34616~SDN']);
    expect(new Set(arimero.map((e) => e.source)).size).toBe(2);
  });

  it('reads the same list from CSV, TSV and JSON alike', async () => {
    const sample = cslRows.slice(0, 300);
    const csv = stringify(sample, { header: true, columns: header });
    const tsv = [
      header.join('\t'),
      ...sample.map((r) => header.map((h) => (r[h] ?? '').replace(/[\t\n]/g, ' ')).join('\t')),
    ].join('\n');
    const json = JSON.stringify({
      results: sample.map((r) => ({
        ...r,
        programs: (r['programs'] ?? '').split(';').filter(Boolean),
        alt_names: (r['alt_names'] ?? '').split(';').filter(Boolean),
        addresses: (r['addresses'] ?? '')
          .split(';')
          .filter(Boolean)
          .map((a) => {
            const parts = a.trim().split(', ');
            return {
              address: parts.slice(0, -1).join(', '),
              city: null,
              state: null,
              postal_code: null,
              country: parts.at(-1),
            };
          }),
        ids: [],
      })),
    });
    const shape = (list: LoadedList) =>
      list.entries.map((e) => ({
        id: e.id,
        name: e.name,
        aliases: [...e.aliases].sort(),
        countries: e.countries,
        source: e.source,
      }));
    const fromCsv = await readList([inMemory('sample.csv', csv)]);
    const fromGzip = await readList([inMemory('sample.csv.gz', gzipSync(csv))]);
    const fromTsv = await readList([inMemory('sample.tsv', tsv)]);
    const fromJson = await readList([inMemory('sample.json', json)]);
    expect(fromCsv.entries).toHaveLength(300);
    expect(shape(fromGzip)).toEqual(shape(fromCsv));
    expect(shape(fromTsv)).toEqual(shape(fromCsv));
    expect(shape(fromJson)).toEqual(shape(fromCsv));
  });
});

describe('OFAC’s consolidated files', () => {
  it('assembles entities from the main file and its siblings, whatever order they come in', async () => {
    const ofac = await readList([...ofacNames].reverse().map(onDisk));
    expect(ofac.kind).toBe('ofac-consolidated');
    expect(ofac.files.map((f) => f.name)).toEqual(ofacNames);
    const aecc = ofac.entries.find((e) => e.id === 'ofac:30902');
    expect(aecc).toMatchObject({
      listedId: 'ofac:30902',
      name: 'AERO ENGINE CORPORATION OF CHINA',
      programs: ['CMIC-EO13959'],
      identifiers: [{ scheme: 'USCC', value: '91110000MA005UCQ5P', country: 'CN' }],
      countries: ['CN'],
    });
    // Aliases from cons_alt and the a.k.a. in remarks.
    expect(aecc?.aliases).toEqual(expect.arrayContaining(['AERO ENGINE CORP OF CHINA', 'AECC']));
    // The rest of a long remark comes from cons_comments, continuing mid-word.
    const rusag = ofac.entries.find((e) => e.remarks?.includes('Registration Number 1027700342890'));
    expect(rusag?.aliases).toContain('RUSAG');
    const cmic = ofac.entries.filter((e) => e.programs.includes('CMIC-EO13959'));
    expect(cmic).toHaveLength(68);
  });
});

describe('files that are not lists, or not whole', () => {
  const refusal = async (files: ListFileInput[]) => {
    try {
      await readList(files);
    } catch (error) {
      return error as { code: string; message: string; details: { path: string }[] };
    }
    throw new Error('the file was accepted');
  };
  const lines = cslCsv.split('\n');

  it('names the file, the row and the reason', async () => {
    expect(
      await refusal([inMemory('notes.txt', 'Dear team,\nplease screen these parties.\n')]),
    ).toMatchObject({
      code: 'LIST_INVALID',
      message: expect.stringMatching(/^notes\.txt, row 1: not a restricted-party list/) as unknown,
    });
    expect(await refusal([inMemory('no-name.csv', '_id,source,title\n1,X,Y\n')])).toMatchObject({
      message: 'no-name.csv, row 1: the header lacks name: not a Consolidated Screening List',
    });
    const emptyName = [
      lines[0],
      lines[1],
      lines[2]?.replace(/^([^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)("[^"]*"|[^,]*)/, '$1'),
      lines[3],
    ].join('\n');
    expect(await refusal([inMemory('blank.csv', emptyName)])).toMatchObject({
      details: [{ path: 'blank.csv, row 3, column name' }],
    });
    expect(await refusal([inMemory('empty.csv', '')])).toMatchObject({
      message: 'empty.csv: the file is empty',
    });
  });

  it('refuses a truncated file: CSV cut inside a row, gzip cut short, JSON cut short, OFAC without its end mark', async () => {
    const cut = cslCsv.slice(0, cslCsv.indexOf('"', Math.floor(cslCsv.length / 2)) + 5);
    expect((await refusal([inMemory('cut.csv', cut)])).message).toMatch(/^cut\.csv, row \d+: /);
    const gz = fs.readFileSync(`${listsDir}/consolidated-2022-05.csv.gz`);
    expect((await refusal([inMemory('cut.csv.gz', gz.subarray(0, gz.length / 2))])).message).toMatch(
      /^cut\.csv\.gz, after row \d+: the compressed file is truncated or damaged$/,
    );
    const json = JSON.stringify({ results: cslRows.slice(0, 20) });
    expect((await refusal([inMemory('cut.json', json.slice(0, json.length - 40))])).code).toBe(
      'LIST_INVALID',
    );
    const prim = fs.readFileSync(`${listsDir}/cons_prim.csv`, 'utf8');
    const withoutEnd = prim.slice(0, prim.lastIndexOf('\r\n', prim.length - 4) + 2);
    expect(await refusal([inMemory('cons_prim.csv', withoutEnd)])).toMatchObject({
      message: expect.stringMatching(/end-of-file mark: it is truncated$/) as unknown,
    });
  });

  it('refuses OFAC siblings without their main file, unknown entities, and two lists in one import', async () => {
    expect((await refusal([onDisk('cons_alt.csv')])).message).toMatch(
      /need their main file \(cons_prim\.csv\)/,
    );
    const alt = `99999999,1,"aka","NOBODY",-0- \r\n\u001a`;
    expect(await refusal([onDisk('cons_prim.csv'), inMemory('cons_alt.csv', alt)])).toMatchObject({
      details: [{ path: 'cons_alt.csv, row 1, column ent_num' }],
    });
    expect((await refusal([onDisk('consolidated-2022-05.csv.gz'), onDisk('cons_prim.csv')])).message).toMatch(
      /^One list per import/,
    );
  });
});
