import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/roles';
import { Clock } from '../common/clock';
import { policyToJson } from '../domain/checks/canonical-policy';
import { parseTolerancePolicyOrThrow } from '../domain/checks/parse-tolerance-policy';
import { DEFAULT_POLICY, TolerancePolicy } from '../domain/checks/tolerance-policy';
import { SettingEntity } from '../persistence/entities/setting.entity';
import { SettingRepository } from '../persistence/setting.repository';

const KEY = 'tolerance-policy';

/** The tolerance policy new runs use, as procurement last set it (default: exact to the cent). */
@Injectable()
export class PolicyService {
  constructor(
    private readonly settings: SettingRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The policy a run uses: the one given (with where it came from), else the stored one
   * (PUT /api/policy), else exact to the cent; and where it came from, in words, for the
   * terminal and the report (issue 12: one policy for both doors).
   */
  async forRun(
    given?: TolerancePolicy,
    givenSource?: string,
  ): Promise<{ policy: TolerancePolicy; policySource: string }> {
    if (given) return { policy: given, policySource: givenSource ?? 'given with this run' };
    const stored = await this.settings.get(KEY);
    if (!stored)
      return { policy: DEFAULT_POLICY, policySource: 'the default policy (every line exact to the cent; none stored)' };
    return {
      policy: parseTolerancePolicyOrThrow(stored.value),
      policySource: `the stored policy (set by ${stored.updatedBy} at ${stored.updatedAt})`,
    };
  }

  async current(): Promise<TolerancePolicy> {
    const stored = await this.settings.get(KEY);
    return stored ? parseTolerancePolicyOrThrow(stored.value) : DEFAULT_POLICY;
  }

  async read(): Promise<{ policy: unknown; updatedAt: string | null; updatedBy: string | null }> {
    const stored = await this.settings.get(KEY);
    return {
      policy: policyToJson(await this.current()),
      updatedAt: stored?.updatedAt ?? null,
      updatedBy: stored?.updatedBy ?? null,
    };
  }

  /** Checks the policy (every problem named by its path) and keeps its canonical form. */
  async replace(
    caller: Principal,
    input: unknown,
  ): Promise<{ policy: unknown; updatedAt: string | null; updatedBy: string | null }> {
    const policy = parseTolerancePolicyOrThrow(input);
    await this.settings.put(
      Object.assign(new SettingEntity(), {
        key: KEY,
        value: policyToJson(policy),
        updatedAt: this.clock.nowIso(),
        updatedBy: caller.name,
      }),
    );
    return this.read();
  }
}
