import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ApiTokenEntity, SettingEntity, SubmissionEntity } from '../../../src/persistence/entities';
import { SettingRepository } from '../../../src/persistence/setting.repository';
import { SubmissionRepository } from '../../../src/persistence/submission.repository';
import { TokenRepository } from '../../../src/persistence/token.repository';
import { itUnless } from '../../setup/skip';
import { storeKinds, useServers } from '../distributed/servers';

const servers = useServers({ postgres: true });

function token(id: string, hash: string): ApiTokenEntity {
  return Object.assign(new ApiTokenEntity(), {
    id,
    name: `token ${id}`,
    role: 'auditor',
    tokenHash: hash,
    createdAt: `2026-11-2${id}T10:00:00.000Z`,
    revokedAt: null,
  });
}

function submission(id: string, owner: string, at: string): SubmissionEntity {
  return Object.assign(new SubmissionEntity(), {
    id,
    ownerTokenId: owner,
    fileName: 'pay.csv',
    status: 'accepted',
    receivedAt: at,
    content: 'id,title\n',
    errors: [],
    scenarioIds: ['S-1', 'S-2'],
    runId: null,
  });
}

describe.each(storeKinds(servers))('token, setting and submission repositories on $name', ({ skip, open }) => {
  let db: DataSource;
  const it = itUnless(skip);

  beforeAll(async () => {
    if (skip === undefined) db = await open();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('finds active tokens by hash, lists them oldest first, revokes once, refuses a second token with the same hash', async () => {
    const tokens = new TokenRepository(db);
    await tokens.insert(token('2', 'h2'));
    await tokens.insert(token('1', 'h1'));
    await expect(tokens.insert(token('3', 'h1'))).rejects.toThrow();
    expect((await tokens.list()).map((t) => t.id)).toEqual(['1', '2']);
    expect(await tokens.findActiveByHash('h1')).toMatchObject({ id: '1', role: 'auditor', revokedAt: null });
    expect(await tokens.revoke('1', '2026-11-23T00:00:00.000Z')).toBe(true);
    expect(await tokens.revoke('1', '2026-11-24T00:00:00.000Z')).toBe(false);
    expect(await tokens.findActiveByHash('h1')).toBeNull();
  });

  it('keeps a setting as JSON and replaces it', async () => {
    const settings = new SettingRepository(db);
    const at = { updatedAt: '2026-11-23T00:00:00.000Z', updatedBy: 'admin' };
    await settings.put(Object.assign(new SettingEntity(), { key: 'policy', value: { default: '0.01' }, ...at }));
    await settings.put(Object.assign(new SettingEntity(), { key: 'policy', value: { default: '0.00' }, ...at }));
    expect(await settings.get('policy')).toMatchObject({ value: { default: '0.00' } });
    expect(await settings.get('nothing')).toBeNull();
  });

  it("lists submissions newest first, one owner's only when asked", async () => {
    const submissions = new SubmissionRepository(db);
    await submissions.save(submission('a', 'v1', '2026-11-20T00:00:00.000Z'));
    await submissions.save(submission('b', 'v2', '2026-11-21T00:00:00.000Z'));
    await submissions.save({ ...submission('a', 'v1', '2026-11-20T00:00:00.000Z'), runId: 'r1' });
    expect((await submissions.list()).map((s) => s.id)).toEqual(['b', 'a']);
    expect(await submissions.list('v1')).toEqual([
      expect.objectContaining({ id: 'a', runId: 'r1', scenarioIds: ['S-1', 'S-2'] }),
    ]);
    expect(await submissions.get('nothing')).toBeNull();
  });
});
