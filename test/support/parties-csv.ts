/** Parties CSV files for the import tests: a valid generated file of any size, and ways to break it. */
export const partiesCsvHeader =
  'id,legal_name,other_names,roles,country,hq_country,identifiers,address_lines,address_city,address_postal_code,address_country';

const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A well-formed USCC (with its GB 32100 check character) for the n-th generated party; not a real code. */
export function illustrativeUscc(n: number): string {
  const body = `91310000${String(n).padStart(9, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i += 1)
    sum += usccAlphabet.indexOf(body.charAt(i)) * (usccWeights[i] ?? 0);
  return body + (usccAlphabet[(31 - (sum % 31)) % 31] ?? '0');
}

/** Row n (1-based data row; the file row is n + 1) of a generated file: quoted commas, Chinese names and all. */
export function partyCsvRow(n: number, prefix = 'gen'): string {
  const cn = n % 2 === 0;
  return [
    `${prefix}-${n}`,
    `"Example Trading ${n}, Ltd."`,
    cn ? `Example ${n}|示例贸易${n}有限公司` : '',
    cn ? 'buyer|consignee' : 'end-user',
    cn ? 'CN' : 'US',
    cn ? 'CN' : 'US',
    cn ? `USCC:${illustrativeUscc(n)}` : `DUNS:${String(100_000_000 + n)}|OTHER:ref ${n}`,
    `"${n} Example Road|Building ${n % 7}"`,
    cn ? 'Shanghai' : 'Santa Clara',
    cn ? '200000' : '95050',
    cn ? 'CN' : 'US',
  ].join(',');
}

/** A valid file of `rows` parties, as lines (the header first). */
export function generatedPartiesCsv(rows: number, prefix = 'gen'): string[] {
  const lines = [partiesCsvHeader];
  for (let n = 1; n <= rows; n += 1) lines.push(partyCsvRow(n, prefix));
  return lines;
}

/** The lines as one file, with a final newline. */
export function csvText(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
