import { invalidInput } from '../domain/errors';

/**
 * Who may do what (../shared/DESIGN.md, Roles): procurement runs evaluations and sets the
 * tolerance policy; a volunteer submits scenarios and sees only their own; an auditor reads
 * everything, changes no run and rules on disputes; an admin manages API tokens; a supplier
 * (a token bound to one supplier id) sees only its own results and disputes them.
 */
export const ROLES = ['procurement', 'volunteer', 'auditor', 'admin', 'supplier'] as const;
export type Role = (typeof ROLES)[number];

/** The caller, as its bearer token identifies it. */
export interface Principal {
  tokenId: string;
  name: string;
  role: Role;
  /** For the supplier role: the one supplier the token speaks for. */
  vendorId?: string;
}

export function parseRole(text: string): Role {
  const role = ROLES.find((r) => r === text.trim().toLowerCase());
  if (role === undefined) throw invalidInput(`--role: expected one of ${ROLES.join(', ')}, found "${text}"`);
  return role;
}

/** The roles that read everything an evaluation produces (runs, findings, reports). */
export const READERS: readonly Role[] = ['procurement', 'auditor'];
