import { PayproofError } from '../../../src/domain/errors';
import { lineCodeMap, mapLineCode } from '../../../src/vendors/protocol';

describe("a manifest's lineCodes", () => {
  const map = lineCodeMap({ '0101': 'REGULAR', CPP: 'CPP2', DUES: 'UNION_DUES' }, 'vendors/acme/vendor.json');

  it("maps the supplier's own codes to canonical ones", () => {
    expect(mapLineCode('0101', map)).toEqual({ ok: true, code: 'REGULAR' });
    expect(mapLineCode('DUES', map)).toEqual({ ok: true, code: 'UNION_DUES' });
  });

  it('takes a canonical code as it is, unless the manifest maps it (the mapping wins)', () => {
    expect(mapLineCode('EI', map)).toEqual({ ok: true, code: 'EI' });
    expect(mapLineCode('CPP', map)).toEqual({ ok: true, code: 'CPP2' });
  });

  it('refuses any other code, naming the mapped ones', () => {
    const result = mapLineCode('0199', map);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /^0199 is not a pay line code \(expected one of REGULAR, .*, or one of the manifest's lineCodes: 0101, CPP, DUES\)$/,
    );
  });

  it('does not mistake inherited object keys for codes', () => {
    expect(mapLineCode('constructor', lineCodeMap(undefined, 'x')).ok).toBe(false);
  });

  it('a mapping to a code that does not exist is a CONFIG error naming the file and the entry', () => {
    expect(() => lineCodeMap({ BASIC: 'REGULAR', OT: 'OVERTIME_PAY' }, 'vendors/acme/vendor.json')).toThrow(
      expect.objectContaining({
        code: 'CONFIG',
        message: expect.stringMatching(
          /^vendors\/acme\/vendor\.json: lineCodes\.OT: "OVERTIME_PAY" is not a pay line code \(expected one of REGULAR, /,
        ),
      }) as PayproofError,
    );
  });
});
