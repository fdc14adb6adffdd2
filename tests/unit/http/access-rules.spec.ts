import 'reflect-metadata';
import { ExecutionContext } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ACCESS_KEY, Allow } from '../../../src/auth/access.decorator';
import { AuthGuard } from '../../../src/auth/auth.guard';
import type { Principal } from '../../../src/auth/roles';
import type { TokenService } from '../../../src/auth/token.service';
import { HttpModule } from '../../../src/http/http.module';

type Handler = (...args: unknown[]) => unknown;

function routes(): Array<{ route: string; handler: Handler; controller: Function }> {
  const controllers = (HttpModule.forRoot().controllers ?? []) as Function[];
  return controllers.flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype)
      .map((name) => ({ name, handler: controller.prototype[name] as Handler }))
      .filter(
        ({ handler }) => typeof handler === 'function' && Reflect.getMetadata(METHOD_METADATA, handler) !== undefined,
      )
      .map(({ name, handler }) => ({
        route: `${controller.name}.${name} (${Reflect.getMetadata(PATH_METADATA, handler)})`,
        handler,
        controller,
      })),
  );
}

function context(handler: Handler, controller: Function, request: object): ExecutionContext {
  return {
    getHandler: () => handler,
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

const auditor: Principal = { tokenId: 't1', name: 'Ada', role: 'auditor' };
const tokens = { authenticate: async () => auditor } as unknown as TokenService;

describe('access rules', () => {
  it('every endpoint states who may call it (@Allow or @Public)', () => {
    const all = routes();
    expect(all.length).toBeGreaterThan(15);
    const missing = all.filter(
      ({ handler, controller }) =>
        Reflect.getMetadata(ACCESS_KEY, handler) === undefined &&
        Reflect.getMetadata(ACCESS_KEY, controller) === undefined,
    );
    expect(missing.map((r) => r.route)).toEqual([]);
  });

  it('the guard refuses an endpoint with no rule, whoever calls it (fails closed)', async () => {
    class Bare {
      handle() {
        return 1;
      }
    }
    const guard = new AuthGuard(new Reflector(), tokens);
    await expect(guard.canActivate(context(Bare.prototype.handle, Bare, { headers: {} }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('the guard lets through the roles a rule names, and only those', async () => {
    class Rules {
      @Allow('auditor') read() {
        return 1;
      }
      @Allow('procurement') change() {
        return 1;
      }
    }
    const guard = new AuthGuard(new Reflector(), tokens);
    const request: { headers: object; principal?: Principal } = { headers: { authorization: 'Bearer x' } };
    await expect(guard.canActivate(context(Rules.prototype.read, Rules, request))).resolves.toBe(true);
    expect(request.principal).toEqual(auditor);
    await expect(guard.canActivate(context(Rules.prototype.change, Rules, request))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'an auditor token may not do this (allowed: procurement)',
    });
  });
});
