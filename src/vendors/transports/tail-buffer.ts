/**
 * Keeps only the last `limit` bytes written to it: a supplier that logs megabytes to stderr
 * must not grow the harness's memory, and the end of the log is where the crash is.
 */
export const STDERR_TAIL_BYTES = 64 * 1024;

export class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly limit = STDERR_TAIL_BYTES) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - this.chunks[0].length >= this.limit) {
      this.size -= this.chunks.shift()!.length;
    }
  }

  /** Forget what was written (a reused worker starts each call with an empty log). */
  clear(): void {
    this.chunks = [];
    this.size = 0;
  }

  /** The tail as text, or undefined when nothing was written (so reports can omit it). */
  text(): string | undefined {
    if (this.size === 0) return undefined;
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
  }
}
