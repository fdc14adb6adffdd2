// QuickPay CLI, a simulated supplier run as a command (transport "command"): one process per
// request, the request on stdin, the answer on stdout, exit code 0 also for protocol errors.
// Engine: the shared simulated core (../_sim-core) with QuickPay's defect switches (README.md).
// It answers with some of its own line codes, mapped to canonical ones in vendor.json.
'use strict';
const core = require('../_sim-core/protocol');

const SUPPLIER = {
  name: 'QuickPay CLI (simulated)',
  version: '7.4.2',
  maxEmployees: 40,
  policy: {
    arithmetic: 'decimal',
    proration: 'working-days',
    truncate: true, // QP-1: variable earnings lines truncated to the cent
    noCpp2: true, // QP-2: no CPP2
    actingFromEntered: true, // QP-3: acting from the day it was entered
    pensionStopsOnLeave: true, // QP-4: no pension owed for leave without pay (the pay's salary only)
    codes: { REGULAR: 'BASE', RETRO_ADJUSTMENT: 'ARREARS', UNION_DUES: 'DUES' },
  },
};

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  process.stdout.write(JSON.stringify(core.handleText(input, SUPPLIER)));
});
