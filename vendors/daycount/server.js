// DayCount HR & Pay, a simulated supplier reached over HTTP (transport "http" with "start"): the
// harness runs `node server.js <port>` on a free loopback port, waits for GET /ready, POSTs each
// request to "/". Plain node:http. Protocol errors are answered with HTTP 200 (protocol section 7).
// Engine: the shared simulated core (../_sim-core) with DayCount's defect switches (README.md).
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

const port = Number(process.argv[2]);
const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/ready') return res.end('ok');
  if (req.method !== 'POST') return res.writeHead(405).end();
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(core.handleText(body, SUPPLIER)));
  });
});
server.listen(port, '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
