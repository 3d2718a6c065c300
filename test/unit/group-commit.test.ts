import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/db/group-commit.js';

/** A group commit whose "transaction" records the batches it was given and answers each item doubled. */
function recording(options: { failWhen?: (items: number[]) => boolean; slots?: boolean } = {}) {
  const batches: number[][] = [];
  const recovered: number[] = [];
  const group = new GroupCommit<number, number>({
    maxBatch: 4,
    async runBatch(items) {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (options.failWhen?.(items)) throw new Error(`batch ${items.join(',')} failed`);
      return items.map((item) => item * 2);
    },
    recover(item, error) {
      recovered.push(item);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    slotOf: options.slots ? (item) => String(item % 10) : undefined,
  });
  return { group, batches, recovered };
}

describe('group commit', () => {
  it('runs a lone request on its own, without waiting for company', async () => {
    const { group, batches } = recording();
    expect(await group.submit(7)).toBe(14);
    expect(await group.submit(8)).toBe(16);
    expect(batches).toEqual([[7], [8]]);
  });

  it('lets requests that arrive during a transaction share the next, up to the limit, in order', async () => {
    const { group, batches } = recording();
    const answers = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => group.submit(n)));
    expect(answers).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(batches).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7],
    ]);
  });

  it('never puts two requests of one slot in the same transaction', async () => {
    const { group, batches } = recording({ slots: true });
    await Promise.all([1, 2, 11, 3, 21].map((n) => group.submit(n)));
    expect(batches).toEqual([[1, 2, 3], [11], [21]]);
  });

  it('retries each request of a failed batch alone, so only the bad one fails', async () => {
    const { group, batches, recovered } = recording({ failWhen: (items) => items.includes(3) });
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => group.submit(n)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'))).toEqual([2, 4, 'failed', 8]);
    expect(batches).toEqual([[1, 2, 3, 4], [1], [2], [3], [4]]);
    expect(recovered).toEqual([3]);
  });
});
