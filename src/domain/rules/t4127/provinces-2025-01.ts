import { dec } from '../../money';
import { incomeTested, ontarioHealthPremium, provincial } from './build';
import type { OntarioRules, ProvincialRules, T4127Province } from './t4127.types';

/**
 * Provinces and territories in T4127 Jan 2025 (120th edition): table 8.1 (p. 31: V, thresholds,
 * KP), table 8.2 (p. 32: basic amounts, LCP, CEA, S2, V1), claim codes tables 8.10–8.21
 * (pp. 34–38), ch. 4 steps 4–5 (pp. 19–22) and ch. 2 (p. 9: BPAMB, BPANS, BPAYT).
 */
const at = (table: string, page: number) => `T4127 Jan 2025, table 8.1 p. 31, table 8.2 p. 32, ${table} p. ${page}`;

const labourFund = (rate: string, max: string) => ({ lcp: { rate: dec(rate), max: dec(max) } });

export const ONTARIO_2025: OntarioRules = {
  ...provincial({
    province: 'ON',
    brackets: [
      ['0', '0.0505', '0'],
      ['52886', '0.0915', '2168'],
      ['105775', '0.1116', '4294'],
      ['150000', '0.1216', '5794'],
      ['220000', '0.1316', '7994'],
    ],
    bpa: '12747',
    codeWidth: '2746',
    citation: at('table 8.18', 37),
  }),
  province: 'ON',
  surtax: { threshold1: dec('5710'), rate1: dec('0.20'), threshold2: dec('7307'), rate2: dec('0.36') },
  healthPremium: ontarioHealthPremium(),
  reduction: { basic: dec('294'), perDependant: dec('544') },
};

/** BC's tax reduction S for 2025 (ch. 4 step 5, p. 20): 562, reduced by 3.56% of A over 25,020, nil above 40,807. */
export const BC_REDUCTION_2025 = { basic: dec('562'), from: dec('25020'), to: dec('40807'), rate: dec('0.0356') };

export const BC_2025 = provincial(
  {
    province: 'BC',
    brackets: [
      ['0', '0.0506', '0'],
      ['49279', '0.0770', '1301'],
      ['98560', '0.1050', '4061'],
      ['113158', '0.1229', '6086'],
      ['137407', '0.1470', '9398'],
      ['186306', '0.1680', '13310'],
      ['259829', '0.2050', '22924'],
    ],
    bpa: '12932',
    codeWidth: '2910',
    citation: at('table 8.11', 34),
  },
  { bcReduction: BC_REDUCTION_2025 },
);

/** Unchanged in July 2025 (T4127 Jul 2025, "What's new": no change for BC, NB, NL, NT, NU, ON, YT). */
export const UNCHANGED_2025: Pick<
  Record<T4127Province, ProvincialRules>,
  'BC' | 'NB' | 'NL' | 'NT' | 'NU' | 'ON' | 'YT'
> = {
  BC: BC_2025,
  NB: provincial(
    {
      province: 'NB',
      brackets: [
        ['0', '0.0940', '0'],
        ['51306', '0.1400', '2360'],
        ['102614', '0.1600', '4412'],
        ['190060', '0.1950', '11064'],
      ],
      bpa: '13396',
      codeWidth: '2743',
      citation: at('table 8.13', 35),
    },
    labourFund('0.20', '2000'),
  ),
  NL: provincial({
    province: 'NL',
    brackets: [
      ['0', '0.0870', '0'],
      ['44192', '0.1450', '2563'],
      ['88382', '0.1580', '3712'],
      ['157792', '0.1780', '6868'],
      ['220910', '0.1980', '11286'],
      ['282214', '0.2080', '14108'],
      ['564429', '0.2130', '16930'],
      ['1128858', '0.2180', '22575'],
    ],
    bpa: '11067',
    codeWidth: '2390',
    citation: at('table 8.14', 35),
  }),
  NT: provincial({
    province: 'NT',
    brackets: [
      ['0', '0.0590', '0'],
      ['51964', '0.0860', '1403'],
      ['103930', '0.1220', '5145'],
      ['168967', '0.1405', '8270'],
    ],
    bpa: '17842',
    codeWidth: '3068',
    citation: at('table 8.16', 36),
  }),
  NU: provincial({
    province: 'NU',
    brackets: [
      ['0', '0.0400', '0'],
      ['54707', '0.0700', '1641'],
      ['109413', '0.0900', '3829'],
      ['177881', '0.1150', '8276'],
    ],
    bpa: '19274',
    codeWidth: '3117',
    citation: at('table 8.17', 36),
  }),
  ON: ONTARIO_2025,
  // BPAYT mirrors BPAF (ch. 2, p. 9): 16,129 falling to 14,538 between 177,882 and 253,414.
  YT: provincial(
    {
      province: 'YT',
      brackets: [
        ['0', '0.0640', '0'],
        ['57375', '0.0900', '1492'],
        ['114750', '0.1090', '3672'],
        ['177882', '0.1280', '7052'],
        ['500000', '0.1500', '18052'],
      ],
      bpa: '16129',
      codeWidth: '2778',
      citation: at('table 8.21', 38),
    },
    {
      k4pCea: dec('1471'),
      bpaNoTd1: incomeTested('177882', '16129', '253414', '14538', 'T4127 Jan 2025, ch. 2 p. 9 (BPAYT = BPAF)'),
    },
  ),
};

export const PROVINCES_2025_01: Readonly<Record<T4127Province, ProvincialRules>> = {
  ...UNCHANGED_2025,
  AB: provincial({
    province: 'AB',
    brackets: [
      ['0', '0.1000', '0'],
      ['151234', '0.1200', '3025'],
      ['181481', '0.1300', '4839'],
      ['241974', '0.1400', '7259'],
      ['362961', '0.1500', '10889'],
    ],
    bpa: '22323',
    codeWidth: '3193',
    citation: at('table 8.10', 34),
  }),
  MB: provincial(
    {
      province: 'MB',
      brackets: [
        ['0', '0.1080', '0'],
        ['47564', '0.1275', '927'],
        ['101200', '0.1740', '5633'],
      ],
      bpa: '15969',
      codeWidth: '1693',
      citation: at('table 8.12', 35),
    },
    {
      ...labourFund('0.15', '1800'),
      bpaNoTd1: incomeTested('200000', '15969', '400000', '0', 'T4127 Jan 2025, ch. 2 p. 9 (BPAMB)'),
    },
  ),
  NS: provincial(
    {
      province: 'NS',
      brackets: [
        ['0', '0.0879', '0'],
        ['30507', '0.1495', '1879'],
        ['61015', '0.1667', '2929'],
        ['95883', '0.1750', '3725'],
        ['154650', '0.2100', '9137'],
      ],
      bpa: '11744',
      codeWidth: '1650',
      citation: at('table 8.15', 36),
    },
    {
      ...labourFund('0.20', '2000'),
      bpaNoTd1: incomeTested('25000', '11744', '75000', '8744', 'T4127 Jan 2025, ch. 2 p. 9 (BPANS)'),
    },
  ),
  PE: provincial({
    province: 'PE',
    brackets: [
      ['0', '0.0950', '0'],
      ['33328', '0.1347', '1323'],
      ['64656', '0.1660', '3347'],
      ['105000', '0.1762', '4418'],
      ['140000', '0.1900', '6350'],
    ],
    bpa: '14250',
    codeWidth: '1600',
    citation: at('table 8.19', 37),
  }),
  SK: provincial(
    {
      province: 'SK',
      brackets: [
        ['0', '0.1050', '0'],
        ['53463', '0.1250', '1069'],
        ['152750', '0.1450', '4124'],
      ],
      bpa: '18991',
      codeWidth: '2444',
      citation: at('table 8.20', 37),
    },
    labourFund('0.175', '875'),
  ),
};
