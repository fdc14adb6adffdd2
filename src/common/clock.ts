import { Injectable } from '@nestjs/common';

/** The clock as a port, so services can be tested with a fixed date (src/domain never reads it). */
@Injectable()
export class Clock {
  /** Today's date in the local time zone, as YYYY-MM-DD. */
  today(): string {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  nowIso(): string {
    return new Date().toISOString();
  }
}
