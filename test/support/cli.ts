import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../../src/config/paths.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `tranche` CLI in a child process, as a user or a script would. */
export function runCli(args: string[], env: Record<string, string> = {}, input?: string): CliResult {
  const root = packageRoot();
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      input,
      timeout: 60_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
