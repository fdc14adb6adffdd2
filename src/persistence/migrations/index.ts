import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { FindingCheckAndNetEffect1764100000000 } from './1764100000000-finding-check-and-net-effect';
import { TokensAndSubmissions1765000000000 } from './1765000000000-tokens-and-submissions';
import { Settings1765000000001 } from './1765000000001-settings';
import { PipelineStorage1766000000000 } from './1766000000000-pipeline-storage';
import { Defects1767100000000 } from './1767100000000-defects';
import { Pilots1767300000000 } from './1767300000000-pilots';
import { Audit1767400000000 } from './1767400000000-audit';
import { AwaitingSupplier1768000000000 } from './1768000000000-awaiting-supplier';

/**
 * Every migration, oldest first. A schema change is a new file here, never an edit of an old
 * one. Each runs on SQLite and on PostgreSQL (portable.ts): write a new one in SQLite's SQL
 * through portable(), and anything else that differs as two statements.
 */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  FindingCheckAndNetEffect1764100000000,
  TokensAndSubmissions1765000000000,
  Settings1765000000001,
  PipelineStorage1766000000000,
  Defects1767100000000,
  Pilots1767300000000,
  Audit1767400000000,
  AwaitingSupplier1768000000000,
];
