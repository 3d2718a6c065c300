import fs from 'node:fs/promises';
import { DomainError } from '../domain/errors.js';

/** Reads and parses a JSON file, naming the file and the position of a syntax error. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DomainError(
      'VALIDATION_FAILED',
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : String(code)}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DomainError('VALIDATION_FAILED', `${file} is not valid JSON: ${(error as Error).message}`);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Reads all of standard input (for passwords piped in, never typed as arguments). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
