import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as sqlite3 from 'sqlite3';
import { englishWords } from '../../tools/english-words';
import { REPO_ROOT, runPayproof } from './run-cli';

function sql(file: string, statement: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file);
    db.all(statement, params, (err, rows) => {
      db.close();
      if (err) reject(err);
      else resolve(rows as Array<Record<string, unknown>>);
    });
  });
}

/** English words left in a French output (reuses the checker of tests/tools/english-words.ts). */
const englishIn = (text: string) => englishWords(text);

/**
 * Issue 18 from the command line, with the built bin: pins that pin (the edit-the-supplier
 * experiment on a copy of vendors/), verify, export and verify --pack, the chain, seal.
 */
describe('audit commands: verify, export, chain, seal', () => {
  let dir: string;
  let db: string;
  let runId: string;
  const payproof = (args: string[]) => runPayproof([...args, '--db', db], { cwd: dir });

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'payproof-audit-'));
    db = path.join(dir, 'db.sqlite');
    cpSync(path.join(REPO_ROOT, 'vendors'), path.join(dir, 'vendors'), { recursive: true });
    // The copied suppliers load decimal.js as the bundled ones do, from payproof's own packages.
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    copyFileSync(path.join(REPO_ROOT, 'test-payrolls/acting-pay.csv'), path.join(dir, 'acting-pay.csv'));
    const run = runPayproof(
      [
        'evaluate',
        '--scenarios',
        'acting-pay.csv',
        '--vendors',
        'floatwise',
        '--vendors-dir',
        'vendors',
        '--db',
        db,
        '--out',
        'reports',
      ],
      { cwd: dir },
    );
    expect(run.status).toBe(0);
    runId = /reports\/([0-9a-f-]+)\/index\.html/.exec(run.stdout)![1];
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores no absolute path: the catalogue relative to the working folder, each scenario file relative to the catalogue', async () => {
    const [run] = await sql(db, 'SELECT scenario_source, options FROM evaluation_run WHERE id = ?', [runId]);
    expect(run.scenario_source).toBe('acting-pay.csv');
    expect(String(run.options)).not.toContain(dir);
    const files = await sql(db, 'SELECT DISTINCT file FROM run_scenario WHERE run_id = ?', [runId]);
    expect(files).toEqual([{ file: 'acting-pay.csv' }]);
    const [pins] = await sql(db, 'SELECT pins FROM run_audit WHERE run_id = ?', [runId]);
    expect(String(pins.pins)).not.toContain(dir);
  });

  it('a catalogue named by its absolute path, with a file that does not load: no absolute path in the run, its summary or its reports', async () => {
    const catalogue = path.join(dir, 'catalogue');
    mkdirSync(catalogue);
    copyFileSync(path.join(dir, 'acting-pay.csv'), path.join(catalogue, 'acting-pay.csv'));
    writeFileSync(path.join(catalogue, 'broken.csv'), 'not,a,scenario\n1,2,3\n');
    const run = payproof(['evaluate', '--scenarios', catalogue, '--vendors', 'floatwise', '--out', 'reports-abs']);
    expect(run.status).toBe(0);
    const id = /reports-abs\/([0-9a-f-]+)\/index\.html/.exec(run.stdout)![1];
    const [row] = await sql(db, 'SELECT scenario_source, options, summary FROM evaluation_run WHERE id = ?', [id]);
    expect(row.scenario_source).toBe('catalogue');
    expect(String(row.summary)).toContain('broken.csv');
    for (const stored of [row.options, row.summary]) expect(String(stored)).not.toContain(dir);
    for (const file of ['index.html', 'run.json'])
      expect(readFileSync(path.join(dir, 'reports-abs', id, file), 'utf8')).not.toContain(dir);
  });

  it('verify: an untouched run re-runs identical and is reproducible (exit 0)', () => {
    const v = payproof(['verify', runId]);
    expect(v.stdout).toContain('The re-run is identical');
    expect(v.stdout).toContain(`REPRODUCIBLE: run ${runId}`);
    const fr = payproof(['verify', runId, '--lang', 'fr']);
    expect(fr.status).toBe(0);
    expect(fr.stdout).toContain('L’évaluation refaite est identique');
    expect(fr.stdout).toContain(`REPRODUCTIBLE : évaluation ${runId}`);
    expect(englishIn(fr.stdout)).toEqual([]);
    expect(v.status).toBe(0);
  });

  it('export and verify --pack: every sum holds and the reference recomputed from the pack equals its statements; a changed file is named', () => {
    const exported = payproof(['export', runId, '--out', 'pack']);
    expect(exported.status).toBe(0);
    const sums = readFileSync(path.join(dir, 'pack/SHA256SUMS'), 'utf8');
    for (const f of [
      'run.json',
      'policy.json',
      'scenarios.jsonl',
      'reference.jsonl',
      'findings.jsonl',
      'rulings.json',
      'manifest.json',
      'answers/floatwise.jsonl',
    ])
      expect(sums).toContain(`  ${f}\n`);
    const ok = runPayproof(['verify', '--pack', 'pack'], { cwd: dir });
    expect(ok.stdout).toContain('The pack holds');
    expect(ok.status).toBe(0);
    const okFr = runPayproof(['verify', '--pack', 'pack', '--lang', 'fr'], { cwd: dir });
    expect(okFr.stdout).toContain('La trousse tient');
    expect(englishIn(okFr.stdout)).toEqual([]);
    const exportedFr = payproof(['export', runId, '--out', 'pack-fr', '--lang', 'fr']);
    expect(exportedFr.stdout).toContain(`Trousse de preuves de l’évaluation ${runId} dans pack-fr`);
    expect(englishIn(exportedFr.stdout)).toEqual([]);
    // A changed file is named by its sum...
    const refFile = path.join(dir, 'pack/reference.jsonl');
    const forged = readFileSync(refFile, 'utf8').replace('"REGULAR"', '"OVERTIME"');
    writeFileSync(refFile, forged);
    const bad = runPayproof(['verify', '--pack', 'pack'], { cwd: dir });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('reference.jsonl: its sha256 is not the one in SHA256SUMS');
    const badFr = runPayproof(['verify', '--pack', 'pack', '--lang', 'fr'], { cwd: dir });
    expect(badFr.stdout).toContain('La trousse ne tient PAS');
    expect(badFr.stdout).toContain('reference.jsonl : son sha256 n’est pas celui de SHA256SUMS (modifié)');
    expect(englishIn(badFr.stdout)).toEqual([]);
    // ...and with its sum forged too, the reference recomputed from the pack's scenarios still catches it.
    const sumsFile = path.join(dir, 'pack/SHA256SUMS');
    const digest = createHash('sha256').update(forged).digest('hex');
    writeFileSync(sumsFile, sums.replace(/^[0-9a-f]{64}( {2}reference\.jsonl)$/m, `${digest}$1`));
    const forgedSum = runPayproof(['verify', '--pack', 'pack'], { cwd: dir });
    expect(forgedSum.status).toBe(1);
    expect(forgedSum.stdout).not.toContain('SHA256SUMS');
    expect(forgedSum.stdout).toMatch(
      /reference\.jsonl, scenario .+: the reference recomputed from the scenario pays differently/,
    );
    const forgedFr = runPayproof(['verify', '--pack', 'pack', '--lang', 'fr'], { cwd: dir });
    expect(forgedFr.stdout).toMatch(/scénario .+ : la référence recalculée à partir du scénario paye autrement/);
    expect(englishIn(forgedFr.stdout)).toEqual([]);
  });

  it('the edit-the-supplier experiment: editing vendors/floatwise/index.js changes its pin and verify says so (exit 1)', () => {
    const index = path.join(dir, 'vendors/floatwise/index.js');
    appendFileSync(index, '// an edit that changes nothing it pays\n');
    const comment = payproof(['verify', runId]);
    expect(comment.status).toBe(1);
    expect(comment.stdout).toContain('Pin suppliers.floatwise.folder cannot be re-established');
    expect(comment.stdout).toContain('NOT REPRODUCIBLE');
    const commentFr = payproof(['verify', runId, '--lang', 'fr']);
    expect(commentFr.stdout).toContain('L’élément épinglé suppliers.floatwise.folder ne peut pas être rétabli');
    expect(commentFr.stdout).toContain('NON REPRODUCTIBLE');
    expect(englishIn(commentFr.stdout)).toEqual([]);
    // An edit that changes what it pays: CPP's basic exemption spread over 52 periods.
    const edited = readFileSync(index, 'utf8').replace(
      "proration: 'working-days',",
      "proration: 'working-days', cppExemptionPeriods: 52,",
    );
    expect(edited).toContain('cppExemptionPeriods: 52');
    writeFileSync(index, edited);
    const paid = payproof(['verify', runId]);
    expect(paid.status).toBe(1);
    expect(paid.stdout).toContain('First difference (answer): floatwise answered differently');
    const paidFr = payproof(['verify', runId, '--lang', 'fr']);
    expect(paidFr.stdout).toContain('Premier écart (réponse) : floatwise a répondu autrement');
    expect(englishIn(paidFr.stdout)).toEqual([]);
  });

  it('chain verify: holds, then names the run whose stored record was changed and the run that was removed', async () => {
    const holds = payproof(['chain', 'verify']);
    expect(holds.stdout).toContain('The chain holds');
    expect(holds.status).toBe(0);
    expect(payproof(['chain', 'verify', '--lang', 'fr']).stdout).toContain('La chaîne tient');
    const list = payproof(['chain', 'list', '--lang', 'fr']);
    expect(list.stdout).toContain('sha256 de l’enregistrement');
    expect(englishIn(list.stdout)).toEqual([]);
    const disputes = payproof(['disputes', 'list', '--lang', 'fr']);
    expect(disputes.status).toBe(0);
    expect(disputes.stdout).toContain('décision en vigueur');
    expect(englishIn(disputes.stdout)).toEqual([]);
    await sql(db, `UPDATE evaluation_run SET policy_hash = 'forged' WHERE id = ?`, [runId]);
    const changed = payproof(['chain', 'verify']);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain(`run ${runId} (entry 1) was changed after it was chained`);
    const changedFr = payproof(['chain', 'verify', '--lang', 'fr']);
    expect(changedFr.stdout).toContain(`l’évaluation ${runId} (entrée 1) a été modifiée après son ajout à la chaîne`);
    expect(englishIn(changedFr.stdout)).toEqual([]);
    const [second] = await sql(db, 'SELECT run_id FROM chain_entry WHERE seq = 2');
    await sql(db, 'DELETE FROM evaluation_run WHERE id = ?', [second.run_id]);
    expect(payproof(['chain', 'verify']).stdout).toContain(
      `run ${String(second.run_id)} (entry 2) was removed from the database`,
    );
    await sql(db, 'DELETE FROM chain_entry WHERE seq = 2');
    expect(payproof(['chain', 'verify']).stdout).toMatch(/entry 3 \(run .+\) does not follow entry 1/);
  });

  it('seal: the same sealed set gives the same commitment however its files are laid out, and another set another one', () => {
    mkdirSync(path.join(dir, 'cat/sealed'), { recursive: true });
    copyFileSync(path.join(REPO_ROOT, 'test-payrolls/leave-without-pay.csv'), path.join(dir, 'cat/sealed/a.csv'));
    mkdirSync(path.join(dir, 'other'));
    copyFileSync(path.join(REPO_ROOT, 'test-payrolls/leave-without-pay.csv'), path.join(dir, 'other/renamed.csv'));
    const a = payproof(['seal', 'cat', '--record']);
    const b = payproof(['seal', 'other']);
    const c = payproof(['seal', 'acting-pay.csv']);
    expect(a.stdout.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    expect(a.stderr).toContain('commitment recorded');
    const fr = payproof(['seal', 'cat', '--lang', 'fr']);
    expect(fr.stdout).toBe(a.stdout);
    expect(fr.stderr).toContain('ensemble scellé : ');
    expect(englishIn(fr.stderr)).toEqual([]);
  });
});
