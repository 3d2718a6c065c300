/** Helpers for the CSV import tests: a file as a stream of chunks, and the error an import fails with. */
import { Readable } from 'node:stream';
import type { DomainError } from '../../src/domain/errors.js';

/** The text as a stream of small chunks, so rows, quoted values and UTF-8 characters straddle chunk edges. */
export function chunked(text: string | Buffer, size = 64 * 1024): Readable {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

/** The DomainError an import is expected to fail with. */
export async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected the import to fail');
}
