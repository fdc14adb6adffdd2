import { Injectable } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PayproofError } from '../../domain/errors';

/** Debian's chromium, as the browser tests use it (tests/browser/chromium.ts, ../shared/TOOLCHAIN.md). */
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** The flags that work as root on these machines (TOOLCHAIN.md), and no header or footer on the page. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-pdf-header-footer',
];
const TIMEOUT_MS = 120_000;

/** Prints an HTML file to PDF with headless Chromium (a side effect behind a class, so services test without it). */
@Injectable()
export class PdfPrinter {
  readonly chromium = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;

  async print(htmlFile: string, pdfFile: string): Promise<void> {
    if (!existsSync(this.chromium))
      throw new PayproofError(
        'CONFIG',
        `--pdf: no chromium at ${this.chromium} (install it with: apt-get install -y chromium, or set CHROMIUM_PATH)`,
      );
    const profile = mkdtempSync(path.join(tmpdir(), 'payproof-pdf-'));
    try {
      await new Promise<void>((resolve, reject) => {
        execFile(
          this.chromium,
          [
            ...FLAGS,
            `--user-data-dir=${profile}`,
            `--print-to-pdf=${path.resolve(pdfFile)}`,
            pathToFileURL(path.resolve(htmlFile)).href,
          ],
          { timeout: TIMEOUT_MS },
          (err, _stdout, stderr) => {
            if (err?.killed)
              reject(new PayproofError('CONFIG', `--pdf: chromium timed out after ${TIMEOUT_MS / 1000} s`));
            else if (err) reject(new PayproofError('CONFIG', `--pdf: chromium failed: ${err.message}\n${stderr}`));
            else resolve();
          },
        );
      });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    if (!existsSync(pdfFile) || statSync(pdfFile).size === 0)
      throw new PayproofError('CONFIG', `--pdf: chromium wrote no PDF at ${pdfFile}`);
  }
}
