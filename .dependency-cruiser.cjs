/**
 * The layer rules of DESIGN.md, checked on every CI run (npm run depcheck):
 * - src/domain is pure: no framework, no I/O, nothing outside src/domain but decimal.js and zod;
 * - the plugs in vendors/ speak the protocol only: they import nothing from src/;
 * - the doors (src/cli, src/http) reach storage through services, never src/persistence directly;
 * - src/ never imports tests/ and nothing imports a plug's code.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain: no framework, I/O or environment (DESIGN.md, "PURE")',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        pathNot: ['^src/domain/', '^node_modules/(decimal\\.js|zod)/'],
      },
    },
    {
      name: 'plugs-speak-protocol-only',
      comment: 'vendors/ (the plugs) never import from src/: they speak payproof-vendor/1 only',
      severity: 'error',
      from: { path: '^vendors/' },
      to: { path: '^src/' },
    },
    {
      name: 'doors-go-through-services',
      comment: 'the CLI and HTTP doors call services; storage is behind them',
      severity: 'error',
      // Nest modules may wire the persistence module in; commands and controllers may not reach past services.
      from: { path: '^src/(cli|http)/', pathNot: '\\.module\\.ts$' },
      to: { path: '^src/persistence/', pathNot: 'persistence\\.module\\.ts$' },
    },
    {
      name: 'src-does-not-import-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular-domain',
      comment: 'the pure core has no import cycles',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules|coverage)/' },
  },
};
