import { MIN_POLL_MS, waitMs } from '../../../src/vendors/transports/http-async';

describe("async mode's wait between polls (Retry-After, RFC 9110 section 10.2.3)", () => {
  const now = Date.parse('2026-11-30T14:00:00Z');

  it('waits the seconds Retry-After gives', () => {
    expect(waitMs('2', 1_000, now)).toBe(2_000);
    expect(waitMs(' 30 ', 1_000, now)).toBe(30_000);
  });

  it('waits until the HTTP date Retry-After gives', () => {
    expect(waitMs('Mon, 30 Nov 2026 14:00:05 GMT', 1_000, now)).toBe(5_000);
  });

  it("uses the manifest's interval without a Retry-After, or with one it cannot read", () => {
    expect(waitMs(undefined, 750, now)).toBe(750);
    expect(waitMs('soon', 750, now)).toBe(750);
    expect(waitMs('-3', 750, now)).toBe(750);
  });

  it('never polls sooner than MIN_POLL_MS, even for 0 or a date in the past', () => {
    expect(waitMs('0', 1_000, now)).toBe(MIN_POLL_MS);
    expect(waitMs('Mon, 30 Nov 2026 13:00:00 GMT', 1_000, now)).toBe(MIN_POLL_MS);
  });
});
