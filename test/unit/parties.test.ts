import { describe, expect, it } from 'vitest';
import { readHeader, readPartyRow } from '../../src/domain/parties/party-csv.js';
import { newPartySchema, partyIdentifierSchema } from '../../src/domain/parties/party.js';
import { partiesCsvHeader } from '../support/parties-csv.js';

const uscc = (value: string) => partyIdentifierSchema.safeParse({ scheme: 'USCC', value });

describe('party identifiers', () => {
  it('takes a USCC of 18 digits and upper-case letters other than I, O, Z, S and V, upper-casing it', () => {
    expect(uscc('91110108000000001A').success).toBe(true);
    expect(uscc('91110108000000001a').data?.value).toBe('91110108000000001A');
    for (const letter of ['I', 'O', 'Z', 'S', 'V'])
      expect(uscc(`91110108000000001${letter}`).success).toBe(false);
    for (const letter of 'ABCDEFGHJKLMNPQRTUWXY')
      expect(uscc(`91110108000000001${letter}`).success).toBe(true);
    expect(uscc('9111010800000000').success).toBe(false);
    expect(uscc('91110108000000001AB').success).toBe(false);
    expect(uscc('9111010800000000-A').success).toBe(false);
  });

  it('normalises D-U-N-S and EIN numbers to one written form', () => {
    expect(partyIdentifierSchema.parse({ scheme: 'DUNS', value: '12-345-6789' }).value).toBe('123456789');
    expect(partyIdentifierSchema.parse({ scheme: 'EIN', value: '123456789' }).value).toBe('12-3456789');
    expect(partyIdentifierSchema.safeParse({ scheme: 'EIN', value: '1234-56789' }).success).toBe(false);
    expect(partyIdentifierSchema.safeParse({ scheme: 'OTHER', value: 'a|b' }).success).toBe(false);
  });

  it('keeps list items free of the CSV separator', () => {
    const party = { id: 'p', legalName: 'P', roles: ['buyer'], country: 'CN', hqCountry: 'CN' };
    expect(newPartySchema.safeParse({ ...party, otherNames: ['A|B'] }).success).toBe(false);
    expect(newPartySchema.safeParse({ ...party, roles: ['buyer', 'buyer'] }).success).toBe(false);
  });
});

describe('the parties CSV format', () => {
  const layout = readHeader(partiesCsvHeader.split(','));

  it('maps a row to a new party with one address', () => {
    const fields =
      'acme,Acme Ltd,Acme|艾克米,buyer|end-user,cn,CN,usccc:1|LEI:5493001KJTIIGC8Y1R12,,Beijing,100000,CN';
    expect(readPartyRow(2, fields.split(','), layout).errors).toEqual([
      { path: 'row 2, column identifiers', message: '"usccc:1": use one of USCC, LEI, DUNS, EIN, OTHER' },
    ]);
    const ok = readPartyRow(2, fields.replace('usccc:1|', '').split(','), layout);
    expect(ok.party).toEqual({
      id: 'acme',
      legalName: 'Acme Ltd',
      otherNames: ['Acme', '艾克米'],
      roles: ['buyer', 'end-user'],
      country: 'CN',
      hqCountry: 'CN',
      identifiers: [{ scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' }],
      addresses: [{ lines: [], city: 'Beijing', postalCode: '100000', country: 'CN' }],
    });
  });

  it('names the line of a bad street line and the item of a bad role', () => {
    const fields = `acme,Acme,,buyer|seller,CN,CN,,Line 1|${'x'.repeat(201)},Beijing,,CN`;
    expect(readPartyRow(5, fields.split(','), layout).errors).toEqual([
      { path: 'row 5, column roles', message: 'item 2: use exporter, buyer, consignee, end-user' },
      {
        path: 'row 5, column address_lines',
        message: 'item 2: Too big: expected string to have <=200 characters',
      },
    ]);
  });
});
