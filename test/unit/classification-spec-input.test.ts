import { describe, expect, it } from 'vitest';
import { parseChipSpecs } from '../../src/domain/classification/chip-spec-input.js';
import { DomainError } from '../../src/domain/errors.js';

const valid = {
  id: 'nvidia-h200-sxm',
  name: 'NVIDIA H200 SXM',
  datacenter: true,
  dieAreaMm2: 814,
  dramBandwidthGBps: 4800,
  peak: [{ format: 'FP8', bits: 8, tops: 1978.9 }],
};

function failure(json: unknown): DomainError {
  try {
    parseChipSpecs(json);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected parseChipSpecs to throw');
}

const withPeak = (peak: Record<string, unknown>) => ({ ...valid, peak: [peak] });

describe('parseChipSpecs', () => {
  it('returns valid specs unchanged, optional fields absent rather than undefined', () => {
    const minimal = {
      id: 'x',
      datacenter: false,
      peak: [{ format: 'INT8', bits: 8, tops: 0, sparse: true }],
    };
    const parsed = parseChipSpecs([valid, minimal]);
    expect(parsed).toEqual([valid, minimal]);
    expect(Object.keys(parsed[1] ?? {})).toEqual(['id', 'datacenter', 'peak']);
  });

  it.each([
    [
      'negative tops',
      [valid, { ...valid, id: 'b' }, { ...withPeak({ format: 'FP8', bits: 8, tops: -1 }), id: 'c' }],
      'item 2: field "peak[0].tops" must be a finite number ≥ 0',
    ],
    [
      'infinite tops',
      [withPeak({ format: 'FP8', bits: 8, tops: Infinity })],
      'item 0: field "peak[0].tops" must be a finite number ≥ 0',
    ],
    [
      'NaN tops',
      [withPeak({ format: 'FP8', bits: 8, tops: Number.NaN })],
      'item 0: field "peak[0].tops" must be a finite number ≥ 0',
    ],
    [
      'tops as a string',
      [withPeak({ format: 'FP8', bits: 8, tops: '1978.9' })],
      'item 0: field "peak[0].tops" must be a finite number ≥ 0',
    ],
    [
      'fractional bits',
      [withPeak({ format: 'FP8', bits: 7.5, tops: 1 })],
      'item 0: field "peak[0].bits" must be a whole number ≥ 1',
    ],
    [
      'zero bits',
      [withPeak({ format: 'FP8', bits: 0, tops: 1 })],
      'item 0: field "peak[0].bits" must be a whole number ≥ 1',
    ],
    ['missing datacenter', [{ id: 'x', peak: valid.peak }], 'item 0: field "datacenter" is required'],
    ['missing tops', [withPeak({ format: 'FP8', bits: 8 })], 'item 0: field "peak[0].tops" is required'],
    [
      'zero die area',
      [{ ...valid, dieAreaMm2: 0 }],
      'item 0: field "dieAreaMm2" must be a finite number > 0',
    ],
    [
      'negative bandwidth',
      [{ ...valid, dramBandwidthGBps: -5 }],
      'item 0: field "dramBandwidthGBps" must be a finite number ≥ 0',
    ],
    ['empty peak list', [{ ...valid, peak: [] }], 'item 0: field "peak" must list at least one peak rate'],
    ['unknown top-level field', [{ ...valid, tpp: 15831 }], 'item 0: unknown field "tpp"'],
    [
      'unknown peak field',
      [withPeak({ format: 'FP8', bits: 8, tops: 1, dense: true })],
      'item 0: unknown field "peak[0].dense"',
    ],
    ['an item that is not an object', [valid, 42], 'item 1: must be an object with id, datacenter and peak'],
  ])('rejects %s, naming the item and field', (_case, json, message) => {
    const error = failure(json);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe(message);
  });

  it('rejects duplicate ids, naming both items', () => {
    const error = failure([valid, { ...valid, name: 'again' }]);
    expect(error.message).toBe(
      'item 1: field "id" repeats "nvidia-h200-sxm" from item 0; ids must be unique',
    );
    expect(error.details[0]?.path).toBe('[1].id');
  });

  it('lists every problem in details, with a JSON path', () => {
    const error = failure([{ ...valid, dieAreaMm2: -1, peak: [{ format: '', bits: 8, tops: -2 }] }]);
    expect(error.details.map((d) => d.path)).toEqual(
      expect.arrayContaining(['[0].dieAreaMm2', '[0].peak[0].format', '[0].peak[0].tops']),
    );
  });

  it('requires an array', () => {
    expect(failure(valid).message).toBe('input must be a JSON array of chip specs');
  });
});
