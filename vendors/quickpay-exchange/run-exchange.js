#!/usr/bin/env node
// QuickPay Cloud, a simulated supplier that runs its payroll in its own tenant and takes part
// through files only (transport "exchange", docs/vendor-protocol.md "Exchange"):
//
//   node vendors/quickpay-exchange/run-exchange.js <outbound-dir> <registers-dir>
//
// reads payproof's outbound package (exchange.json, then each pay-runs/<payday>/pay-run.json in
// order), pays each run with the shared simulated core and QuickPay's defects (the same engine
// and switches as quickpay-cli, README.md), and writes its own pay registers: one CSV a pay run
// in its layout (semicolons, decimal commas, DD.MM.YYYY dates, numeric wage types), plus a
// protocol JSON answer for the employees it cannot pay. It imports nothing from payproof's src/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { stringify } = require('csv-stringify/sync');
const core = require('../_sim-core/protocol');

const SUPPLIER = {
  name: 'QuickPay Cloud (simulated, file exchange)',
  version: '7.4.2',
  // A tenant pays a whole pay run at once.
  maxEmployees: Number.MAX_SAFE_INTEGER,
  policy: {
    arithmetic: 'decimal',
    proration: 'working-days',
    truncate: true, // QP-1
    noCpp2: true, // QP-2
    actingFromEntered: true, // QP-3
    pensionStopsOnLeave: true, // QP-4
  },
};

/** Canonical code → QuickPay Cloud's wage type (vendor.json lineCodes maps them back). */
const WAGE_TYPES = {
  REGULAR: '1000',
  ACTING: '1010',
  OVERTIME: '1200',
  ALLOWANCE_BILINGUALISM: '1300',
  LWOP: '1400',
  RETRO_ADJUSTMENT: '1900',
  RECOVERY: '5900',
  CPP: '6000',
  CPP2: '6001',
  QPP: '6010',
  QPP2: '6011',
  EI: '6100',
  QPIP: '6110',
  FEDERAL_TAX: '6200',
  PROVINCIAL_TAX: '6210',
  PENSION: '6300',
  DISABILITY_INSURANCE: '6400',
  DEATH_BENEFIT: '6410',
  UNION_DUES: '6500',
};
const GROSS = '9000';
const NET = '9900';
const HEADER = ['EMPLOYEE_NO', 'PAY_DATE', 'WAGE_TYPE', 'FOR_FROM', 'FOR_TO', 'AMOUNT', 'HOURS', 'RATE', 'TEXT'];

const date = (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const comma = (text) => (text === undefined ? '' : text.replace('.', ','));

function rowsOf(statement) {
  const own = [statement.periodStart, statement.periodEnd];
  const row = (code, amount, line = {}) => {
    const [from, to] = line.forPeriod ? [line.forPeriod.start, line.forPeriod.end] : own;
    const text = line.description ?? (code === GROSS ? 'Gross pay' : 'Net pay');
    return [
      statement.employeeId,
      date(statement.payday),
      code,
      date(from),
      date(to),
      comma(amount),
      comma(line.hours),
      comma(line.rate),
      text,
    ];
  };
  return [
    ...statement.lines.map((l) => row(WAGE_TYPES[l.code], l.amount, l)),
    row(GROSS, statement.gross),
    row(NET, statement.net),
  ];
}

function main([outbound, registers]) {
  if (!outbound || !registers) {
    process.stderr.write('usage: node run-exchange.js <outbound-dir> <registers-dir>\n');
    return 2;
  }
  const index = JSON.parse(fs.readFileSync(path.join(outbound, 'exchange.json'), 'utf8'));
  const answers = index.payRuns.map((run) => {
    const request = JSON.parse(fs.readFileSync(path.join(outbound, run.folder, 'pay-run.json'), 'utf8'));
    const answer = core.handle(request, SUPPLIER);
    if (answer.type !== 'payRunResult') throw new Error(`pay run ${run.payday}: ${answer.code}: ${answer.message}`);
    return { run, answer };
  });
  // An employee the engine cannot pay in one run is declined whole, as live: no partly paid employee.
  const declined = new Map();
  for (const { answer } of answers)
    for (const r of answer.results)
      if (r.status === 'unsupported' && !declined.has(r.employeeId))
        declined.set(r.employeeId, { r, requestId: answer.requestId });
  fs.mkdirSync(registers, { recursive: true });
  for (const { run, answer } of answers) {
    const paid = answer.results.filter((r) => r.status === 'ok' && !declined.has(r.employeeId));
    const rows = paid.flatMap((r) => r.statements.flatMap(rowsOf));
    fs.writeFileSync(
      path.join(registers, `register-${run.payday}.csv`),
      stringify([HEADER, ...rows], { delimiter: ';' }),
    );
    const declines = [...declined.values()].filter((d) => d.requestId === answer.requestId).map((d) => d.r);
    if (declines.length > 0) {
      const json = { ...answer, results: declines };
      fs.writeFileSync(path.join(registers, `declined-${run.payday}.json`), `${JSON.stringify(json, null, 2)}\n`);
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
