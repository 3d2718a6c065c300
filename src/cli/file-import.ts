import fs from 'node:fs';
import { pipeline, Transform, type Readable } from 'node:stream';
import { DomainError } from '../domain/errors.js';
import { reportProblems } from './exit.js';
import { progressBar } from './progress-bar.js';

/** A file's size in bytes, or a clear refusal when it cannot be read. */
export async function fileSize(file: string): Promise<number> {
  try {
    return (await fs.promises.stat(file)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DomainError(
      'VALIDATION_FAILED',
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : String(code)}`,
    );
  }
}

/** A file as a stream that reports each chunk's size as it is read; its errors reach the reader. */
export function countedReadStream(file: string, counted: (bytes: number) => void): Readable {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted(chunk.length);
      done(null, chunk);
    },
  });
  return pipeline(fs.createReadStream(file), counter, () => undefined);
}

/**
 * Runs an import under a progress bar of `totalBytes`, moved by `run` through `progress(bytes, rows)`.
 * A refusal that names its rows is printed with each row on stderr (exit 2) and gives undefined; any
 * other failure is rethrown.
 */
export async function withProgressBar<T>(
  totalBytes: number,
  run: (progress: (bytes: number, rows: number) => void) => Promise<T>,
): Promise<T | undefined> {
  const bar = progressBar(totalBytes);
  let result: T;
  try {
    result = await run((bytes, rows) => bar.update(bytes, rows));
  } catch (error) {
    // The bar goes before anything is written to stderr beside it.
    bar.stop();
    if (!reportProblems(error)) throw error;
    return undefined;
  }
  bar.stop();
  return result;
}
