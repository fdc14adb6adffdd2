import { existsSync } from 'node:fs';
import { chromium, Browser } from 'playwright-core';

/** Debian's chromium (apt-get install chromium); never a downloaded browser (../shared/TOOLCHAIN.md). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser tests can run. Outside CI a machine without chromium skips them with a
 * message saying how to install it; in CI (CI=true) a missing chromium is a failure, since
 * .ci/run installs it.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(`browser tests: no chromium at ${CHROMIUM}; .ci/run installs it (apt-get install -y chromium)`);
  process.stderr.write(
    `browser tests SKIPPED: no chromium at ${CHROMIUM} (install it with: apt-get update && apt-get install -y chromium)\n`,
  );
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}
