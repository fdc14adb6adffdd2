import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuthModule } from '../../auth/auth.module';
import { TokenService } from '../../auth/token.service';
import { ConfigModule } from '../../common/config.module';
import { PersistenceModule } from '../../persistence/persistence.module';
import { PayproofError } from '../../domain/errors';
import type { CommandSpec } from '../command-spec';
import { textTable } from '../text-table';

/** The database is opened only by the commands that need it, so `payproof calc` never creates one. */
@Module({ imports: [ConfigModule, PersistenceModule.forRoot(), AuthModule] })
class TokensStoreModule {}

async function withTokens<T>(work: (tokens: TokenService) => Promise<T>): Promise<T> {
  const context = await NestFactory.createApplicationContext(TokensStoreModule, { logger: ['error'] });
  try {
    return await work(context.get(TokenService));
  } finally {
    await context.close();
  }
}

interface CreateOptions {
  role?: string;
  name?: string;
  vendor?: string;
}

/** `payproof tokens create --role auditor [--name ...]`: prints the token once; only its hash is stored. */
export const tokensCreateCommand: CommandSpec<CreateOptions> = {
  flags: [
    { flags: '--role <role>', description: 'procurement, volunteer, auditor, admin or supplier' },
    {
      flags: '--vendor <id>',
      description: 'for --role supplier: the one supplier whose results the token reads and disputes',
    },
    { flags: '--name <name>', description: 'who holds the token (default: the role)' },
  ],
  async run(_args, options) {
    const role = options.role;
    if (role === undefined)
      throw new PayproofError(
        'INVALID_INPUT',
        '--role: expected one of procurement, volunteer, auditor, admin, supplier',
      );
    const created = await withTokens((tokens) => tokens.create({ role, name: options.name, vendorId: options.vendor }));
    process.stdout.write(`${created.token}\n`);
    process.stderr.write(
      `token "${created.name}" (${created.role}${created.vendorId ? ` of ${created.vendorId}` : ''}, id ${created.id}) created; it is shown only this once: keep it safe\n`,
    );
  },
};

/** `payproof tokens list`: ids, names, roles; never the tokens. */
export const tokensListCommand: CommandSpec = {
  async run() {
    const rows = (await withTokens((tokens) => tokens.list())).map((t) => [
      t.id,
      t.name,
      t.role,
      t.vendorId ?? '',
      t.createdAt,
      t.revokedAt ?? '',
    ]);
    process.stdout.write(`${textTable(['id', 'name', 'role', 'supplier', 'created', 'revoked'], rows)}\n`);
  },
};

/** `payproof tokens revoke <id>`. */
export const tokensRevokeCommand: CommandSpec = {
  arguments: '<id>',
  async run([id]) {
    await withTokens((tokens) => tokens.revoke(id));
    process.stdout.write(`token ${id} revoked\n`);
  },
};
