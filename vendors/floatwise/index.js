// Floatwise Payroll, a simulated supplier plugged in as an in-process module (transport "module").
// Its engine is the shared simulated core (../_sim-core) with Floatwise's own numeric strategy
// and defect switches; README.md lists the defects as ground truth.
'use strict';
const core = require('../_sim-core/protocol');

const SUPPLIER = {
  name: 'Floatwise Payroll (simulated)',
  version: '3.1.0',
  maxEmployees: 50,
  policy: {
    arithmetic: 'float', // FW-1: earnings in binary floating point...
    retroUnrounded: true, // FW-1: ...and corrections from unrounded amounts, rounded late
    ownPaydayCount: true, // FW-2: P from its own count of Wednesdays (27 in 2025), not the run's periodsInYear
    overtimeDivisor: '2080', // FW-3: hourly rate = annual / 2,080
    bonusByDay: true, // FW-4: bilingualism bonus prorated by the day, not earned by the month
    proration: 'working-days',
  },
};

exports.handle = (request) => core.handle(request, SUPPLIER);
