import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from './roles';

export const ACCESS_KEY = 'payproof:access';

/** An endpoint's access rule: the roles allowed, or 'public' (no token needed). */
export type AccessRule = readonly Role[] | 'public';

/** Only these roles may call the endpoint. Every endpoint states its rule; one without is refused (the guard fails closed). */
export const Allow = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, roles),
    // The rule, written once, also documents itself in the OpenAPI description.
    ApiUnauthorizedResponse({ description: 'no token, or an unknown or revoked one' }),
    ApiForbiddenResponse({ description: `allowed roles: ${roles.join(', ')}; any other role gets 403` }),
  );

/** No token needed: the dashboard's shell and assets, the OpenAPI page. They hold no data. */
export const Public = () => SetMetadata(ACCESS_KEY, 'public');

/** Who reads the auditors' records (pins, rulings, the chain, seals): procurement and auditors. */
export const READ_AUDIT: Role[] = ['procurement', 'auditor'];
