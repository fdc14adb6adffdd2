import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Clock } from '../common/clock';
import { PayproofError } from '../domain/errors';
import { ApiTokenEntity } from '../persistence/entities/api-token.entity';
import { TokenRepository } from '../persistence/token.repository';
import { parseRole, Principal, Role } from './roles';

/** What `tokens create` shows once: the token itself is never stored, only its hash. */
export interface CreatedToken {
  id: string;
  name: string;
  role: Role;
  vendorId?: string;
  token: string;
}

export interface TokenView {
  id: string;
  name: string;
  role: string;
  vendorId: string | null;
  createdAt: string;
  revokedAt: string | null;
}

/** Tokens start with this prefix so a leaked one is easy to recognise (and to grep for). */
const PREFIX = 'pp_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A supplier token is bound to one supplier id; no other role names one. */
function supplierOf(role: Role, vendorId: string | undefined): string | undefined {
  const given = vendorId?.trim();
  if (role === 'supplier') {
    if (!given || !/^[a-z0-9][a-z0-9-]*$/.test(given))
      throw new PayproofError(
        'INVALID_INPUT',
        `vendor: a supplier token is bound to one supplier id (lower-case letters, digits and dashes), found ${given ? `"${given}"` : 'none'}`,
        undefined,
        { field: 'vendor' },
      );
    return given;
  }
  if (given)
    throw new PayproofError(
      'INVALID_INPUT',
      `vendor: only a supplier token names a supplier, not a ${role} token`,
      undefined,
      { field: 'vendor' },
    );
  return undefined;
}

/** API tokens: sha256 of 32 random bytes, shown once, stored hashed; bearer authentication. */
@Injectable()
export class TokenService {
  constructor(
    private readonly tokens: TokenRepository,
    private readonly clock: Clock,
  ) {}

  async create(input: { role: string; name?: string; vendorId?: string }): Promise<CreatedToken> {
    const role = parseRole(input.role);
    const vendorId = supplierOf(role, input.vendorId);
    const name = input.name?.trim() || (vendorId ? `${role} ${vendorId}` : role);
    const token = PREFIX + randomBytes(32).toString('base64url');
    const id = randomUUID();
    const entity = Object.assign(new ApiTokenEntity(), {
      id,
      name,
      role,
      tokenHash: hashToken(token),
      createdAt: this.clock.nowIso(),
      revokedAt: null,
      vendorId: vendorId ?? null,
    });
    await this.tokens.insert(entity);
    return { id, name, role, ...(vendorId && { vendorId }), token };
  }

  async list(): Promise<TokenView[]> {
    return (await this.tokens.list()).map(({ id, name, role, vendorId, createdAt, revokedAt }) => ({
      id,
      name,
      role,
      vendorId: vendorId ?? null,
      createdAt,
      revokedAt,
    }));
  }

  async revoke(id: string): Promise<{ id: string; revoked: true }> {
    if (!(await this.tokens.revoke(id, this.clock.nowIso())))
      throw new PayproofError('NOT_FOUND', `no active token with id "${id}" (list them with GET /api/tokens)`);
    return { id, revoked: true };
  }

  /** The caller of an `Authorization: Bearer <token>` header. */
  async authenticate(header: string | undefined): Promise<Principal> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!match)
      throw new PayproofError(
        'UNAUTHENTICATED',
        'send an API token in the header "Authorization: Bearer <token>" (an admin creates one with `npx payproof tokens create --role <role>`)',
      );
    const found = await this.tokens.findActiveByHash(hashToken(match[1]));
    if (!found)
      throw new PayproofError(
        'UNAUTHENTICATED',
        'this API token is not known or was revoked; ask an admin for a new one',
      );
    return {
      tokenId: found.id,
      name: found.name,
      role: parseRole(found.role),
      ...(found.vendorId !== null && { vendorId: found.vendorId }),
    };
  }
}
