import { z } from 'zod';
import { invalidInput } from '../../domain/errors';
import type { Evidence } from '../audit-records';
import { saidError } from '../../submissions/refusal-text';

const evidenceSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(500).optional(),
    url: z.string().trim().min(1).max(2000).optional(),
    quote: z.string().trim().min(1, 'the quoted passage the ruling relies on, word for word').max(5000),
    retrieved: z.iso.date('the date the document was read, YYYY-MM-DD'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'the sha256 of the document, 64 lower-case hexadecimal digits')
      .optional(),
  })
  .refine((e) => e.title !== undefined || e.url !== undefined, {
    message: 'give the document title or its URL (or both)',
    path: ['title'],
  });

/** The evidence list of a ruling, checked: each item names its document, quotes it and says when it was read. */
export function parseEvidence(value: unknown): Evidence[] {
  const parsed = z
    .array(evidenceSchema)
    .max(20)
    .safeParse(value ?? []);
  if (!parsed.success)
    throw invalidInput(
      `evidence: ${parsed.error.issues.map((i) => `${['evidence', ...i.path].join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** What the supplier itself produced, as far as payproof knows it. */
export interface SupplierOutput {
  vendorId: string;
  /** sha256 of every file in the supplier's folder (its code, its README) and of every answer it gave in the run. */
  hashes: ReadonlySet<string>;
  /** Hosts the supplier answers from (its HTTP transport's URL), lower case. */
  hosts: ReadonlySet<string>;
}

/** URLs of payproof's own API that hand out a supplier's answers or findings. */
const ANSWER_PATHS = /\/api\/(runs\/[^/]+\/(scenarios\/[^/]+\/statements|discrepancies|report)|supplier\/)/;

function host(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * A supplier's own output is never evidence (issue 18): refused when the document's sha256 is
 * one of the supplier's answers or files, when its URL is one of payproof's pages of answers
 * and findings, a path inside the supplier's folder, or a page on the host the supplier
 * answers from. Each refusal names the item and why.
 */
export function refuseSupplierOutput(evidence: readonly Evidence[], own: SupplierOutput): void {
  evidence.forEach((e, k) => {
    const where = `evidence.${k}`;
    if (e.sha256 !== undefined && own.hashes.has(e.sha256))
      throw saidError('INVALID_INPUT', 'error.audit.ownOutputHash', { where, vendor: own.vendorId });
    const url = e.url ?? '';
    if (ANSWER_PATHS.test(url)) throw saidError('INVALID_INPUT', 'error.audit.ownOutputPage', { where });
    if (new RegExp(`(^|[/\\\\])vendors[/\\\\]${own.vendorId}([/\\\\]|$)`).test(url))
      throw saidError('INVALID_INPUT', 'error.audit.ownOutputFolder', { where, vendor: own.vendorId });
    const h = host(url);
    if (h !== undefined && own.hosts.has(h))
      throw saidError('INVALID_INPUT', 'error.audit.ownOutputHost', { where, host: h, vendor: own.vendorId });
  });
}
