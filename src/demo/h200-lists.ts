import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../config/paths.js';
import type { ListFileInput } from '../domain/screening/lists/read-list.js';

/**
 * The restricted-party list the demo screens against: the 467 Entity List rows with an address in China
 * from the May 2022 Consolidated Screening List snapshot (trade.gov, public US government data), as the
 * CSL's own CSV, gzipped. Real rows, unchanged; only the selection is the demo's. A real deployment
 * imports the full, current list (`tranche lists import`).
 */
export const demoList: ListFileInput = {
  name: 'entity-list-china-2022-05.csv.gz',
  open: () =>
    fs.createReadStream(path.join(packageRoot(), 'src', 'demo', 'lists', 'entity-list-china-2022-05.csv.gz')),
};
