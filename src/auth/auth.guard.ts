import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PayproofError } from '../domain/errors';
import { ACCESS_KEY, AccessRule } from './access.decorator';
import type { Principal } from './roles';
import { TokenService } from './token.service';

/** The request as far as the guard uses it (express's types are not installed). */
export interface AuthedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

/**
 * Every request passes here (APP_GUARD). An endpoint states its rule with @Allow or @Public;
 * one that states none is refused, so a forgotten rule closes the door rather than opening it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const principal = await this.tokens.authenticate(String(request.headers.authorization ?? ''));
    request.principal = principal;
    if (rule === undefined || !rule.includes(principal.role)) {
      const allowed = rule === undefined ? 'no role' : rule.join(', ');
      throw new PayproofError(
        'FORBIDDEN',
        `${/^[aeiou]/.test(principal.role) ? 'an' : 'a'} ${principal.role} token may not do this (allowed: ${allowed})`,
      );
    }
    return true;
  }
}
