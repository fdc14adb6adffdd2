// payproof-vendor/1 on the supplier's side (docs/vendor-protocol.md): describe, payRun, errors.
// Imports nothing from the harness: a simulated supplier speaks only the documented protocol.
'use strict';
const { payEmployee, Unsupported } = require('./payroll');

const PROTOCOL = 'payproof-vendor/1';
const EVENT_KINDS = [
  'hire',
  'termination',
  'rateRevision',
  'stepIncrement',
  'acting',
  'overtime',
  'leaveWithoutPay',
  'allowance',
  'transfer',
  'td1Change',
  'provinceChange',
];

function error(request, code, message) {
  const requestId = typeof request?.requestId === 'string' ? request.requestId : undefined;
  return { protocol: PROTOCOL, type: 'error', ...(requestId ? { requestId } : {}), code, message };
}

function result(employee, policy) {
  try {
    return { employeeId: employee.id, status: 'ok', statements: payEmployee(employee, policy) };
  } catch (err) {
    if (err instanceof Unsupported) return { employeeId: employee.id, status: 'unsupported', reason: err.message };
    throw err;
  }
}

/**
 * One request in, one answer out. supplier: { name, version, build?, maxEmployees, policy }.
 * Stateless: the same request always gets the same answer.
 */
function handle(request, supplier) {
  const who = { name: supplier.name, version: supplier.version };
  // The build it declares in describe (optional, docs/vendor-protocol.md): pinned with every run.
  const described = supplier.build === undefined ? who : { ...who, build: supplier.build };
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    return error(request, 'bad-request', 'expected a JSON object');
  if (request.protocol !== PROTOCOL)
    return error(request, 'unsupported-protocol', `this supplier speaks ${PROTOCOL} only`);
  if (typeof request.requestId !== 'string') return error(request, 'bad-request', 'expected a requestId');
  if (request.type === 'describe') {
    const capabilities = {
      provinces: ['ON'],
      eventKinds: EVENT_KINDS,
      payYears: [2025, 2026],
      maxEmployeesPerRequest: supplier.maxEmployees,
    };
    return {
      protocol: PROTOCOL,
      type: 'describeResult',
      requestId: request.requestId,
      supplier: described,
      capabilities,
    };
  }
  if (request.type !== 'payRun')
    return error(request, 'unsupported-type', `unknown request type ${JSON.stringify(request.type)}`);
  if (!Array.isArray(request.employees) || request.employees.length === 0)
    return error(request, 'bad-request', 'expected employees: a non-empty list');
  if (request.employees.length > supplier.maxEmployees) {
    return error(
      request,
      'too-many-employees',
      `maxEmployeesPerRequest is ${supplier.maxEmployees}; this request has ${request.employees.length} employees`,
    );
  }
  try {
    const results = request.employees.map((e) => result(e, supplier.policy));
    return { protocol: PROTOCOL, type: 'payRunResult', requestId: request.requestId, supplier: who, results };
  } catch (err) {
    return error(request, 'internal', `the pay engine failed: ${err.message}`);
  }
}

/** Reads one request from a text body (command and http suppliers); a body that is not JSON is a bad request. */
function handleText(body, supplier) {
  let request;
  try {
    request = JSON.parse(body);
  } catch {
    return error(undefined, 'bad-request', 'the request is not JSON');
  }
  return handle(request, supplier);
}

module.exports = { handle, handleText, PROTOCOL };
