'use strict';
// Preloaded with `node --require` by fast-start.e2e.spec.ts: when the process exits, writes the
// names of the npm packages it loaded, as JSON, to the file named by PAYPROOF_LOADED_PACKAGES.
const fs = require('node:fs');

process.on('exit', () => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
    if (m) names.add(m[1].replace(/\\/g, '/'));
  }
  fs.writeFileSync(process.env.PAYPROOF_LOADED_PACKAGES, JSON.stringify([...names].sort()));
});
