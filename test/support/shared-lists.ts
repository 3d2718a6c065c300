import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/config/paths.js';

/**
 * The real public lists the tests and benchmarks use (a CSL snapshot and an OFAC set), kept beside the
 * project in ../shared/data/lists. A clone elsewhere finds them through TRANCHE_SHARED_DIR, or on this
 * machine's usual path.
 */
function findSharedListsDir(): string {
  const candidates = [
    process.env['TRANCHE_SHARED_DIR'] ? path.join(process.env['TRANCHE_SHARED_DIR'], 'data', 'lists') : null,
    path.resolve(packageRoot(), '..', 'shared', 'data', 'lists'),
    '/work/shared/data/lists',
  ].filter((dir): dir is string => dir !== null);
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'consolidated-2022-05.csv.gz')));
  if (!found) {
    throw new Error(
      `The shared lists are missing: looked in ${candidates.join(', ')}. Set TRANCHE_SHARED_DIR.`,
    );
  }
  return found;
}

export const sharedListsDir = findSharedListsDir();
