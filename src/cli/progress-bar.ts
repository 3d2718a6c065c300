import { Presets, SingleBar } from 'cli-progress';

export interface ProgressBar {
  update(bytes: number, rows: number): void;
  stop(): void;
}

/**
 * A bar of bytes read, with the rows so far, on stderr when a person is watching; nothing when stderr is a
 * file or a pipe, so that scripts and logs get only the outcome.
 */
export function progressBar(totalBytes: number, verb = 'Importing'): ProgressBar {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: `${verb} {bar} {percentage}% | {rows} rows`,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  bar.start(Math.max(totalBytes, 1), 0, { rows: 0 });
  return {
    update: (bytes, rows) => bar.update(bytes, { rows: rows.toLocaleString('en-US') }),
    stop: () => bar.stop(),
  };
}
