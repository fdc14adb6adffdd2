// DayCount HR & Pay, a simulated supplier reached over HTTP (transport "http" with "start"): the
// harness runs `node server.js <port>` on a free loopback port, waits for GET /ready, POSTs each
// request to "/". Plain node:http. Protocol errors are answered with HTTP 200 (protocol section 7).
// Engine: the shared simulated core (../_sim-core) with DayCount's defect switches (README.md).
// Async switch (protocol section 10, README "Async mode"): with DAYCOUNT_ASYNC=1 each payRun POST is
// answered 202 Accepted with a Location /jobs/<n>, the answer is worked out after
// DAYCOUNT_ASYNC_DELAY_MS (default 500) and served by GET /jobs/<n>; DAYCOUNT_RETRY_AFTER (seconds)
// is sent as Retry-After on every 202 when set.
'use strict';
const http = require('node:http');
const core = require('../_sim-core/protocol');

const SUPPLIER = {
  name: 'DayCount HR & Pay (simulated)',
  version: '2026.1',
  build: '2026.1+sim',
  maxEmployees: 25,
  policy: {
    arithmetic: 'decimal',
    proration: 'calendar-days', // DC-1: partial periods by calendar days / 14
    arrearsAsRegular: true, // DC-2: late changes paid as current regular pay
    recoverAtOnce: true, // DC-3: every overpayment recovered in the run that finds it, acknowledged or not
    grossPriorYearRecovery: true, // DC-4: a prior-year overpayment recovered at its gross amount
  },
};

const ASYNC = process.env.DAYCOUNT_ASYNC === '1';
const DELAY_MS = Number(process.env.DAYCOUNT_ASYNC_DELAY_MS || 500);
const RETRY_AFTER = process.env.DAYCOUNT_RETRY_AFTER;
/** Job id → its answer text once worked out (undefined while working). Kept: polls are idempotent. */
const jobs = new Map();

const port = Number(process.argv[2]);
const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/ready') return res.end('ok');
  if (ASYNC && req.method === 'GET' && req.url.startsWith('/jobs/')) return poll(req.url.slice('/jobs/'.length), res);
  if (req.method !== 'POST') return res.writeHead(405).end();
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    if (ASYNC && isPayRun(body)) return accept(body, res);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(core.handleText(body, SUPPLIER)));
  });
});

/** Only pay runs are queued as jobs; `describe` is cheap and answered at once (protocol section 10 allows both). */
function isPayRun(body) {
  try {
    return JSON.parse(body).type === 'payRun';
  } catch {
    return false; // not JSON: the core answers the protocol error at once
  }
}

function accept(body, res) {
  const id = String(jobs.size + 1);
  jobs.set(id, undefined);
  setTimeout(() => jobs.set(id, JSON.stringify(core.handleText(body, SUPPLIER))), DELAY_MS);
  pending(res, `/jobs/${id}`);
}

function poll(id, res) {
  if (!jobs.has(id)) return res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no such job"}');
  const answer = jobs.get(id);
  if (answer === undefined) return pending(res, `/jobs/${id}`);
  res.setHeader('content-type', 'application/json');
  res.end(answer);
}

function pending(res, location) {
  res.setHeader('location', location);
  if (RETRY_AFTER) res.setHeader('retry-after', RETRY_AFTER);
  res.writeHead(202).end();
}
server.listen(port, '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
