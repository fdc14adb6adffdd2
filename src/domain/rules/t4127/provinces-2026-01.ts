import { dec } from '../../money';
import { incomeTested, ontarioHealthPremium, provincial } from './build';
import type { OntarioRules, ProvincialRules, T4127Province } from './t4127.types';

/**
 * Provinces and territories in T4127 Jan 2026 (122nd edition): table 8.1 (p. 32), table 8.2
 * (p. 33), claim codes tables 8.10–8.21 (pp. 35–39), ch. 4 steps 4–5 (pp. 20–23) and ch. 2
 * (pp. 9–10: BPAMB, BPAYT; the BPANS formula is removed for 2026, "What's new" p. 6).
 */
const at = (table: string, page: number) => `T4127 Jan 2026, table 8.1 p. 32, table 8.2 p. 33, ${table} p. ${page}`;

const labourFund = (rate: string, max: string) => ({ lcp: { rate: dec(rate), max: dec(max) } });

const ONTARIO: OntarioRules = {
  ...provincial({
    province: 'ON',
    brackets: [
      ['0', '0.0505', '0'],
      ['53891', '0.0915', '2210'],
      ['107785', '0.1116', '4376'],
      ['150000', '0.1216', '5876'],
      ['220000', '0.1316', '8076'],
    ],
    bpa: '12989',
    codeWidth: '2798',
    citation: at('table 8.18', 38),
  }),
  province: 'ON',
  surtax: { threshold1: dec('5818'), rate1: dec('0.20'), threshold2: dec('7446'), rate2: dec('0.36') },
  healthPremium: ontarioHealthPremium(),
  reduction: { basic: dec('300'), perDependant: dec('554') },
};

export const PROVINCES_2026_01: Readonly<Record<T4127Province, ProvincialRules>> & { ON: OntarioRules } = {
  // K5P = ((K1P + K2P) − 4,896) × 0.25 (ch. 4 step 5, p. 21).
  AB: provincial(
    {
      province: 'AB',
      brackets: [
        ['0', '0.0800', '0'],
        ['61200', '0.1000', '1224'],
        ['154259', '0.1200', '4309'],
        ['185111', '0.1300', '6160'],
        ['246813', '0.1400', '8628'],
        ['370220', '0.1500', '12331'],
      ],
      bpa: '22769',
      codeWidth: '3257',
      citation: at('table 8.10', 35),
    },
    { k5p: { threshold: dec('4896'), factor: dec('0.25') } },
  ),
  // S: 575, reduced by 3.56% of A over 25,570, nil above 41,722 (ch. 4 step 5, p. 21).
  BC: provincial(
    {
      province: 'BC',
      brackets: [
        ['0', '0.0506', '0'],
        ['50363', '0.0770', '1330'],
        ['100728', '0.1050', '4150'],
        ['115648', '0.1229', '6220'],
        ['140430', '0.1470', '9604'],
        ['190405', '0.1680', '13603'],
        ['265545', '0.2050', '23428'],
      ],
      bpa: '13216',
      codeWidth: '2974',
      citation: at('table 8.11', 35),
    },
    { bcReduction: { basic: dec('575'), from: dec('25570'), to: dec('41722'), rate: dec('0.0356') } },
  ),
  MB: provincial(
    {
      province: 'MB',
      brackets: [
        ['0', '0.1080', '0'],
        ['47000', '0.1275', '917'],
        ['100000', '0.1740', '5567'],
      ],
      bpa: '15780',
      codeWidth: '1693',
      citation: at('table 8.12', 36),
    },
    {
      ...labourFund('0.15', '1800'),
      bpaNoTd1: incomeTested('200000', '15780', '400000', '0', 'T4127 Jan 2026, ch. 2 p. 10 (BPAMB)'),
    },
  ),
  NB: provincial(
    {
      province: 'NB',
      brackets: [
        ['0', '0.0940', '0'],
        ['52333', '0.1400', '2407'],
        ['104666', '0.1600', '4501'],
        ['193861', '0.1950', '11286'],
      ],
      bpa: '13664',
      codeWidth: '2797',
      citation: at('table 8.13', 36),
    },
    labourFund('0.20', '2000'),
  ),
  NL: provincial({
    province: 'NL',
    brackets: [
      ['0', '0.0870', '0'],
      ['44678', '0.1450', '2591'],
      ['89354', '0.1580', '3753'],
      ['159528', '0.1780', '6943'],
      ['223340', '0.1980', '11410'],
      ['285319', '0.2080', '14263'],
      ['570638', '0.2130', '17117'],
      ['1141275', '0.2180', '22823'],
    ],
    bpa: '11188',
    codeWidth: '2416',
    citation: at('table 8.14', 36),
  }),
  NS: provincial(
    {
      province: 'NS',
      brackets: [
        ['0', '0.0879', '0'],
        ['30995', '0.1495', '1909'],
        ['61991', '0.1667', '2976'],
        ['97417', '0.1750', '3784'],
        ['157124', '0.2100', '9283'],
      ],
      bpa: '11932',
      codeWidth: '1676',
      citation: at('table 8.15', 37),
    },
    labourFund('0.20', '2000'),
  ),
  NT: provincial({
    province: 'NT',
    brackets: [
      ['0', '0.0590', '0'],
      ['53003', '0.0860', '1431'],
      ['106009', '0.1220', '5247'],
      ['172346', '0.1405', '8436'],
    ],
    bpa: '18198',
    codeWidth: '3129',
    citation: at('table 8.16', 37),
  }),
  NU: provincial({
    province: 'NU',
    brackets: [
      ['0', '0.0400', '0'],
      ['55801', '0.0700', '1674'],
      ['111602', '0.0900', '3906'],
      ['181439', '0.1150', '8442'],
    ],
    bpa: '19659',
    codeWidth: '3179',
    citation: at('table 8.17', 37),
  }),
  ON: ONTARIO,
  PE: provincial({
    province: 'PE',
    brackets: [
      ['0', '0.0950', '0'],
      ['33928', '0.1347', '1347'],
      ['65820', '0.1660', '3407'],
      ['106890', '0.1762', '4497'],
      ['142250', '0.1900', '6460'],
    ],
    bpa: '15000',
    codeWidth: '1600',
    citation: at('table 8.19', 38),
  }),
  SK: provincial(
    {
      province: 'SK',
      brackets: [
        ['0', '0.1050', '0'],
        ['54532', '0.1250', '1091'],
        ['155805', '0.1450', '4207'],
      ],
      bpa: '20381',
      codeWidth: '2493',
      citation: at('table 8.20', 38),
    },
    labourFund('0.175', '875'),
  ),
  // K4P on the CEA (ch. 4 step 5, p. 23); BPAYT = BPAF: 16,452 falling to 14,829 between 181,440 and 258,482.
  YT: provincial(
    {
      province: 'YT',
      brackets: [
        ['0', '0.0640', '0'],
        ['58523', '0.0900', '1522'],
        ['117045', '0.1090', '3745'],
        ['181440', '0.1280', '7193'],
        ['500000', '0.1500', '18193'],
      ],
      bpa: '16452',
      codeWidth: '2833',
      citation: at('table 8.21', 39),
    },
    {
      k4pCea: dec('1501'),
      bpaNoTd1: incomeTested('181440', '16452', '258482', '14829', 'T4127 Jan 2026, ch. 2 p. 10 (BPAYT = BPAF)'),
    },
  ),
};
