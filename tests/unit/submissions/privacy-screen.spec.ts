import {
  passesLuhn,
  personalInformationIn,
  screenForPersonalInformation,
} from '../../../src/submissions/privacy-screen';

describe('privacy screening', () => {
  it('checks the SIN check digit with the Luhn algorithm', () => {
    expect(passesLuhn('046454286')).toBe(true);
    expect(passesLuhn('046454287')).toBe(false);
  });

  it.each(['046454286', 'SIN 046 454 286', '046-454-286', 'x@y.ca', 'call 613-555-0199', '+1 (613) 555 0199'])(
    'flags %s',
    (text) => {
      expect(personalInformationIn(text)).toBeDefined();
    },
  );

  it.each([
    '2026-01-14',
    '70000.00',
    '046454287',
    '046 454-286',
    '123456789.00',
    'AS-02',
    'pay stub 2026-03-11',
    '1234.5678',
  ])('lets %s through', (text) => {
    expect(personalInformationIn(text)).toBeUndefined();
  });

  it('names the row (as a spreadsheet numbers it) and the column of each cell', () => {
    const csv = 'scenario,record,employee_id\nS1,scenario,\nS1,employee,046454286\n';
    expect(screenForPersonalInformation('a.csv', csv)).toEqual([
      {
        file: 'a.csv',
        row: 3,
        column: 'employee_id',
        message: expect.stringMatching(/^this looks like a Social Insurance Number/),
      },
    ]);
  });
});
