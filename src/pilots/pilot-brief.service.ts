import { Injectable } from '@nestjs/common';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../submissions/reader-text';
import { briefHtml } from './brief/brief-html';
import { PdfPrinter } from './brief/pdf-printer';
import { PilotService } from './pilot.service';

export interface BriefRequest {
  pilot: string;
  round?: number;
  lang: Lang;
  /** The folder the brief goes in: <out>/<pilot>/round-<n>.<lang>.html (and .pdf). */
  out: string;
  pdf: boolean;
}

/** A round's decision brief as files: the HTML page, and its PDF printed by headless Chromium. */
@Injectable()
export class PilotBriefService {
  constructor(
    private readonly pilots: PilotService,
    private readonly printer: PdfPrinter,
  ) {}

  /** The brief as an HTML page (the API serves it as it is). */
  async html(pilot: string, round: number | undefined, lang: Lang): Promise<{ round: number; html: string }> {
    const data = await this.pilots.brief(pilot, round);
    return { round: data.round, html: briefHtml(data, lang) };
  }

  async write(r: BriefRequest): Promise<{ round: number; html: string; pdf?: string }> {
    const { round, html } = await this.html(r.pilot, r.round, r.lang);
    const dir = path.join(r.out, r.pilot);
    await fs.mkdir(dir, { recursive: true });
    const base = path.join(dir, `round-${round}.${r.lang}`);
    await fs.writeFile(`${base}.html`, html, 'utf8');
    if (!r.pdf) return { round, html: `${base}.html` };
    await this.printer.print(`${base}.html`, `${base}.pdf`);
    return { round, html: `${base}.html`, pdf: `${base}.pdf` };
  }
}
