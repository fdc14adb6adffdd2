import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { AuthModule } from '../../auth/auth.module';
import { TokenService } from '../../auth/token.service';
import { ConfigModule } from '../../common/config.module';
import { PersistenceModule } from '../../persistence/persistence.module';
import { PayproofError } from '../../domain/errors';
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
}

/** `payproof tokens create --role auditor [--name ...]`: prints the token once; only its hash is stored. */
@SubCommand({
  name: 'create',
  description: 'create an API token for a role (procurement, volunteer, auditor, admin); it is shown once',
})
export class TokensCreateCommand extends CommandRunner {
  async run(_args: string[], options: CreateOptions): Promise<void> {
    const role = options.role;
    if (role === undefined)
      throw new PayproofError('INVALID_INPUT', '--role: expected one of procurement, volunteer, auditor, admin');
    const created = await withTokens((tokens) => tokens.create({ role, name: options.name }));
    process.stdout.write(`${created.token}\n`);
    process.stderr.write(
      `token "${created.name}" (${created.role}, id ${created.id}) created; it is shown only this once: keep it safe\n`,
    );
  }

  @Option({ flags: '--role <role>', description: 'procurement, volunteer, auditor or admin' })
  parseRole(value: string): string {
    return value;
  }

  @Option({ flags: '--name <name>', description: 'who holds the token (default: the role)' })
  parseName(value: string): string {
    return value;
  }
}

/** `payproof tokens list`: ids, names, roles; never the tokens. */
@SubCommand({ name: 'list', description: 'list API tokens (without the tokens themselves)' })
export class TokensListCommand extends CommandRunner {
  async run(): Promise<void> {
    const rows = (await withTokens((tokens) => tokens.list())).map((t) => [
      t.id,
      t.name,
      t.role,
      t.createdAt,
      t.revokedAt ?? '',
    ]);
    process.stdout.write(`${textTable(['id', 'name', 'role', 'created', 'revoked'], rows)}\n`);
  }
}

/** `payproof tokens revoke <id>`. */
@SubCommand({ name: 'revoke', arguments: '<id>', description: 'revoke an API token by its id' })
export class TokensRevokeCommand extends CommandRunner {
  async run([id]: string[]): Promise<void> {
    await withTokens((tokens) => tokens.revoke(id));
    process.stdout.write(`token ${id} revoked\n`);
  }
}

@Command({
  name: 'tokens',
  description: 'manage API tokens for the HTTP service',
  subCommands: [TokensCreateCommand, TokensListCommand, TokensRevokeCommand],
})
export class TokensCommand extends CommandRunner {
  async run(): Promise<void> {
    throw new PayproofError(
      'INVALID_INPUT',
      'tokens: expected a subcommand: create --role <role>, list, or revoke <id>',
    );
  }
}
