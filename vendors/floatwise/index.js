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
    cppExemptionPeriods: 26, // FW-2: CPP basic exemption always 3,500 / 26
    overtimeDivisor: '2080', // FW-3: hourly rate = annual / 2,080
    proration: 'working-days',
  },
};

exports.handle = (request) => core.handle(request, SUPPLIER);
