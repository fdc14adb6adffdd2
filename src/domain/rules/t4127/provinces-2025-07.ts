import { dec } from '../../money';
import { incomeTested, provincial, withBasicAmount } from './build';
import { PROVINCES_2025_01, UNCHANGED_2025 } from './provinces-2025-01';
import type { ProvincialRules, T4127Province } from './t4127.types';

/**
 * T4127 Jul 2025 (121st edition) reprints only what changed from July 1, 2025 ("What's new",
 * pp. 4–5; table 8.1 p. 18; table 8.2 p. 19; claim codes pp. 19–21; ch. 4 step 5 pp. 14–15).
 * The rates and amounts are prorated so that the second half of the year makes up for the
 * first (Option 1). BC, NB, NL, NT, NU, ON and YT are unchanged: the 120th edition applies.
 */
const at = (table: string, page: number) => `T4127 Jul 2025, table 8.1 p. 18, table 8.2 p. 19, ${table} p. ${page}`;

export const PROVINCES_2025_07: Readonly<Record<T4127Province, ProvincialRules>> = {
  ...UNCHANGED_2025,
  // The new 8% bracket at a prorated 6%, and the supplemental credit K5P = ((K1P + K2P) − 3,600) × (0.04/0.06).
  AB: provincial(
    {
      province: 'AB',
      brackets: [
        ['0', '0.0600', '0'],
        ['60000', '0.1000', '2400'],
        ['151234', '0.1200', '5425'],
        ['181481', '0.1300', '7239'],
        ['241974', '0.1400', '9659'],
        ['362961', '0.1500', '13289'],
      ],
      bpa: '22323',
      codeWidth: '3193',
      citation: at('table 8.10', 20),
    },
    { k5p: { threshold: dec('3600'), factor: dec('0.04').dividedBy(dec('0.06')) } },
  ),
  // Thresholds and BPAMB no longer indexed: prorated 46,513 / 98,796 and 15,591.
  MB: provincial(
    {
      province: 'MB',
      brackets: [
        ['0', '0.1080', '0'],
        ['46513', '0.1275', '907'],
        ['98796', '0.1740', '5501'],
      ],
      bpa: '15591',
      codeWidth: '1693',
      citation: at('table 8.12', 20),
    },
    {
      lcp: PROVINCES_2025_01.MB.lcp,
      bpaNoTd1: incomeTested('200000', '15591', '400000', '0', 'T4127 Jul 2025, ch. 2 p. 7 (BPAMB)'),
    },
  ),
  // BPANS at its 11,744 maximum; with no TD1 on file, the prorated formula rising to 14,744 (ch. 2 p. 7).
  NS: withBasicAmount(
    PROVINCES_2025_01.NS,
    { bpa: '11744', codeWidth: '1650', citation: at('table 8.15', 20) },
    { bpaNoTd1: incomeTested('25000', '11744', '75000', '14744', 'T4127 Jul 2025, ch. 2 p. 7 (prorated BPANS)') },
  ),
  // Prorated basic amounts for the second half of 2025 (ch. 4 step 5 p. 15).
  PE: withBasicAmount(PROVINCES_2025_01.PE, { bpa: '15050', codeWidth: '1600', citation: at('table 8.19', 21) }),
  SK: withBasicAmount(PROVINCES_2025_01.SK, { bpa: '19991', codeWidth: '2444', citation: at('table 8.20', 21) }),
};
