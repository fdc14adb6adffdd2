import { invalidInput } from '../domain/errors';

/**
 * Who may do what (../shared/DESIGN.md, Roles): procurement runs evaluations and sets the
 * tolerance policy; a volunteer submits scenarios and sees only their own; an auditor reads
 * everything and changes nothing; an admin manages API tokens.
 */
export const ROLES = ['procurement', 'volunteer', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The caller, as its bearer token identifies it. */
export interface Principal {
  tokenId: string;
  name: string;
  role: Role;
}

export function parseRole(text: string): Role {
  const role = ROLES.find((r) => r === text.trim().toLowerCase());
  if (role === undefined) throw invalidInput(`--role: expected one of ${ROLES.join(', ')}, found "${text}"`);
  return role;
}

/** The roles that read everything an evaluation produces (runs, findings, reports). */
export const READERS: readonly Role[] = ['procurement', 'auditor'];
