import { dec } from '../../money';

/**
 * Converting an annual rate of pay to pay, as the Government of Canada's pay system does.
 * Source: PSPC "Calculating your pay" (biweekly = annual / 26.088; daily = annual / 260.88;
 * hourly = annual / (52.176 × weekly hours)); ../shared/domain/public-service-pay.md.
 * The published divisors are used as given, not derived from 365.25 / 14.
 */
export const PAY_CONSTANTS = {
  biweeklyDivisor: dec('26.088'),
  dailyDivisor: dec('260.88'),
  weeksPerYear: dec('52.176'),
  fullTimeWeeklyHours: dec('37.5'),
  workingDaysPerPeriod: 10,
  citation:
    'PSPC, Calculating your pay: biweekly = annual / 26.088, daily = annual / 260.88, hourly = annual / (52.176 × weekly hours)',
} as const;
