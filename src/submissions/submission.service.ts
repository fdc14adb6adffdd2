import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../common/config';
import { EvaluationService } from '../evaluation/evaluation.service';
import type { Principal } from '../auth/roles';
import { SubmissionEntity, SubmissionStatus } from '../persistence/entities/submission.entity';
import { SubmissionRepository } from '../persistence/submission.repository';
import type { LoadError } from '../scenarios/load-error';
import { ScenarioCatalog } from '../scenarios/scenario-catalog.service';
import { screenForPersonalInformation, withheldName } from './privacy-screen';
import { say, type Lang } from './reader-text';
import { answerFor, type ScenarioAnswer } from './volunteer-answer';
import { BackgroundRuns } from './start-in-background';
import { SUBMISSION_LIMITS } from './submission-limits';
import { SupplierAccount, supplierAccounts } from './supplier-account';
import { saidError } from './refusal-text';

export interface UploadedFile {
  fileName: string;
  content: Buffer;
}

export interface SubmissionView {
  id: string;
  fileName: string;
  status: SubmissionStatus;
  receivedAt: string;
  errors: LoadError[];
  scenarioIds: string[];
  runId: string | null;
  /** For one submission read on its own, once accepted: what a correct payroll pays, and the stub lines checked. */
  answers?: ScenarioAnswer[];
}

function view(s: SubmissionEntity): SubmissionView {
  const { id, fileName, status, receivedAt, scenarioIds, runId } = s;
  return { id, fileName, status, receivedAt, errors: s.errors as LoadError[], scenarioIds, runId };
}

/** The file name as the volunteer named it, without any folder, so errors name it as they know it. */
function baseName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop()?.trim() ?? '';
  if (!/\.(csv|json)$/i.test(base))
    throw saidError('INVALID_INPUT', 'error.submission.fileType', {
      found: base
        ? `"${base}"`
        : { en: say('en', 'error.submission.noFileName'), fr: say('fr', 'error.submission.noFileName') },
    });
  return base;
}

function countRows(fileName: string, text: string): number {
  if (fileName.toLowerCase().endsWith('.json')) return 0;
  return text.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1;
}

/**
 * Volunteer submissions: screened for personal information (file name and content; a refused
 * file is not stored at all) → received → validated with the catalogue's row-and-column errors
 * → invalid or accepted → evaluated. Read on its own, an accepted submission carries what a
 * correct payroll pays its scenarios and its stub lines checked against that.
 */
@Injectable()
export class SubmissionService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('submissions');
  private readonly runs: BackgroundRuns;

  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly catalog: ScenarioCatalog,
    private readonly evaluation: EvaluationService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.runs = new BackgroundRuns(evaluation, (err) =>
      this.logger.error(`a submission's run failed: ${(err as Error).message}`),
    );
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runs.settled();
  }

  async submit(caller: Principal, file: UploadedFile | undefined): Promise<SubmissionView> {
    if (!file) throw saidError('INVALID_INPUT', 'error.submission.noFile');
    const fileName = baseName(file.fileName);
    const text = file.content.toString('utf8');
    const rows = countRows(fileName, text);
    if (rows > SUBMISSION_LIMITS.maxRows)
      throw saidError('INVALID_INPUT', 'error.submission.rows', {
        file: fileName,
        rows,
        max: SUBMISSION_LIMITS.maxRows,
      });
    this.refusePersonalInformation(fileName, text);
    const submission = Object.assign(new SubmissionEntity(), {
      id: randomUUID(),
      ownerTokenId: caller.tokenId,
      fileName,
      status: 'received',
      receivedAt: this.clock.nowIso(),
      content: null,
      errors: [],
      scenarioIds: [],
      runId: null,
    });
    await this.submissions.save(submission);
    this.validate(submission, text);
    await this.submissions.save(submission);
    if (submission.status === 'invalid')
      throw saidError(
        'INVALID_INPUT',
        'error.submission.problems',
        { file: fileName, count: submission.errors.length },
        { submission: view(submission) },
      );
    await this.evaluate(submission);
    return this.withAnswers(submission);
  }

  /**
   * A file (or a file name) that looks like it holds personal information is refused before
   * anything of it is stored: no submission record, and errors that name places, never values.
   */
  private refusePersonalInformation(fileName: string, text: string): void {
    const found = screenForPersonalInformation(fileName, text);
    if (found.length === 0) return;
    const errors = withheldName(found, fileName);
    throw saidError(
      'INVALID_INPUT',
      'error.submission.personal',
      { file: errors[0].file, count: errors.length },
      { errors, stored: false },
    );
  }

  /** The submission with what the reference pays its scenarios and its stub lines checked (from the stored file). */
  private withAnswers(submission: SubmissionEntity, lang: Lang = 'en'): SubmissionView {
    if (submission.content === null) return view(submission);
    const parsed = this.catalog.parseFile(submission.fileName, submission.content);
    return { ...view(submission), ...(parsed.ok && { answers: parsed.scenarios.map((sc) => answerFor(sc, lang)) }) };
  }

  /** Pays the accepted scenario through every supplier in a run of its own (the volunteer starts no run: the service does). */
  private async evaluate(submission: SubmissionEntity): Promise<void> {
    const dir = path.join(this.config.dataDir, 'submissions', submission.id);
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, submission.fileName);
    await fs.writeFile(file, submission.content ?? '');
    try {
      const run = await this.runs.start({ scenarios: file });
      submission.runId = run.id;
      await this.submissions.save(submission);
    } catch (err) {
      // The file is accepted whatever happens here; a run that cannot start (no supplier configured) is the service's problem, not the volunteer's.
      this.logger.error(`submission ${submission.id}: its evaluation could not start: ${(err as Error).message}`);
    }
  }

  /** For the submitter (and procurement, auditors): how each supplier paid each scenario of the file. */
  async account(
    caller: Principal,
    id: string,
  ): Promise<{
    submission: SubmissionView;
    scenarios: Array<{ scenarioId: string; paydays: number; suppliers: SupplierAccount[] }>;
  }> {
    const submission = await this.refresh(await this.readable(caller, id));
    if (submission.status !== 'evaluated' || !submission.runId) {
      throw saidError('CONFLICT', 'error.submission.notEvaluated', {
        id,
        status: { en: submission.status, fr: say('fr', `status.${submission.status}` as 'status.received') },
      });
    }
    const run = await this.evaluation.get(submission.runId);
    const findings = await this.evaluation.findings(submission.runId);
    const answers = this.withAnswers(submission).answers ?? [];
    return {
      submission: view(submission),
      scenarios: submission.scenarioIds.map((scenarioId) => ({
        scenarioId,
        paydays: answers.find((a) => a.scenarioId === scenarioId)?.statements.length ?? 0,
        suppliers: supplierAccounts(run, scenarioId, findings),
      })),
    };
  }

  /** accepted → evaluated once its run has finished. */
  private async refresh(submission: SubmissionEntity): Promise<SubmissionEntity> {
    if (submission.status !== 'accepted' || !submission.runId) return submission;
    const run = await this.evaluation.get(submission.runId);
    if (run.status === 'finished') {
      submission.status = 'evaluated';
      await this.submissions.save(submission);
    }
    return submission;
  }

  private validate(submission: SubmissionEntity, text: string): void {
    const parsed = this.catalog.parseFile(submission.fileName, text);
    if (!parsed.ok) return this.refuse(submission, parsed.errors);
    if (parsed.scenarios.length > SUBMISSION_LIMITS.maxScenarios) {
      return this.refuse(submission, [
        {
          file: submission.fileName,
          message: `${parsed.scenarios.length} scenarios is more than the limit of ${SUBMISSION_LIMITS.maxScenarios} per file; split it into several files`,
        },
      ]);
    }
    Object.assign(submission, { status: 'accepted', content: text, scenarioIds: parsed.scenarios.map((s) => s.id) });
  }

  private refuse(submission: SubmissionEntity, errors: LoadError[]): void {
    Object.assign(submission, { status: 'invalid', errors, content: null });
  }

  async list(caller: Principal): Promise<SubmissionView[]> {
    const own = caller.role === 'volunteer' ? caller.tokenId : undefined;
    const all = await this.submissions.list(own);
    return (await Promise.all(all.map((s) => this.refresh(s)))).map(view);
  }

  /** The submission, its answers' sentences in the reader's language (English by default). */
  async get(caller: Principal, id: string, lang: Lang = 'en'): Promise<SubmissionView> {
    return this.withAnswers(await this.refresh(await this.readable(caller, id)), lang);
  }

  /** A volunteer reads only their own submissions; another's is "not found", so its existence is not revealed. */
  async readable(caller: Principal, id: string): Promise<SubmissionEntity> {
    const found = await this.submissions.get(id);
    if (!found || (caller.role === 'volunteer' && found.ownerTokenId !== caller.tokenId)) {
      throw saidError('NOT_FOUND', 'error.submission.notFound', { id });
    }
    return found;
  }
}
