import type { CsvRegistersConfig } from '../exchange-config';

/**
 * The README of an outbound package, in English then French: what the files are and how to
 * answer, with this supplier's own register layout spelled out. The full rules are in
 * docs/vendor-protocol.md ("Exchange"); this page is what a payroll team reads first.
 */
export interface ReadmeInput {
  vendorId: string;
  supplierName: string;
  paydays: readonly string[];
  employees: number;
  registers?: CsvRegistersConfig;
}

function layoutEn(r: CsvRegistersConfig | undefined): string[] {
  if (!r) return ['Your manifest describes no CSV register layout: answer in JSON (above).'];
  const c = r.columns;
  return [
    `Or CSV registers in your own layout, as your manifest describes it: columns \`${c.employeeId}\` (employee id),`,
    `\`${c.payday}\` (payday), \`${c.lineCode}\` (your line code), \`${c.periodStart}\` and \`${c.periodEnd}\` (the period`,
    `the line is for: the run's own period, or an earlier one for a correction), \`${c.amount}\` (amount)` +
      `${c.description ? `, \`${c.description}\` (description)` : ''}${c.hours ? `, \`${c.hours}\` (hours)` : ''}${c.rate ? `, \`${c.rate}\` (rate)` : ''};`,
    `separator \`${r.delimiter === '\t' ? 'tab' : r.delimiter}\`, dates as \`${r.dateFormat}\`, decimal ${r.decimalComma ? 'comma (1234,56)' : 'point (1234.56)'};`,
    `one row per pay line, plus one row with code \`${r.totals.gross}\` (gross) and one with \`${r.totals.net}\` (net) per statement.`,
  ];
}

function layoutFr(r: CsvRegistersConfig | undefined): string[] {
  if (!r) return ['Votre manifeste ne décrit aucun registre CSV : répondez en JSON (ci-dessus).'];
  const c = r.columns;
  return [
    `Ou des registres CSV dans votre propre format, tel que votre manifeste le décrit : colonnes \`${c.employeeId}\``,
    `(identifiant de l'employé), \`${c.payday}\` (jour de paye), \`${c.lineCode}\` (votre code de ligne), \`${c.periodStart}\``,
    `et \`${c.periodEnd}\` (la période visée par la ligne : celle de la paye, ou une période antérieure pour une correction),`,
    `\`${c.amount}\` (montant)${c.description ? `, \`${c.description}\` (description)` : ''}${c.hours ? `, \`${c.hours}\` (heures)` : ''}${c.rate ? `, \`${c.rate}\` (taux)` : ''};`,
    `séparateur \`${r.delimiter === '\t' ? 'tabulation' : r.delimiter}\`, dates \`${r.dateFormat}\`, ${r.decimalComma ? 'virgule décimale (1234,56)' : 'point décimal (1234.56)'};`,
    `une ligne par ligne de paye, plus une ligne de code \`${r.totals.gross}\` (brut) et une de code \`${r.totals.net}\` (net) par relevé.`,
  ];
}

export function packageReadme(i: ReadmeInput): string {
  const span = `${i.paydays[0] ?? '-'} … ${i.paydays[i.paydays.length - 1] ?? '-'}`;
  return [
    `# payproof exchange package for ${i.supplierName} (\`${i.vendorId}\`)`,
    '',
    `${i.paydays.length} pay runs (${span}), ${i.employees} employees. Français plus bas.`,
    '',
    '## What is here',
    '',
    '- `exchange.json`: the list of pay runs, in the order to run them, and the employees not sent (outside what you declared).',
    '- `pay-runs/<payday>/`: one folder per pay run. `pay-run.json` is a `payRun` request of the payproof-vendor/1 protocol',
    '  for that payday alone; `pay-run.csv`, `employees.csv` and `events.csv` hold the same as flat CSV (the columns of',
    "  payproof's scenario format). Each folder holds only the HR events entered by that run's cut-off: what your",
    '  system would have received by then. `new_since_previous_cutoff` marks what came in since the run before.',
    '- `SHA256SUMS`: the SHA-256 of every file; check with `sha256sum -c SHA256SUMS`.',
    '',
    '## How to answer',
    '',
    'Run the pay runs in order, as your payroll would, and send back a folder or a zip of pay registers:',
    '',
    "- JSON: for each `pay-run.json`, the protocol's `payRunResult` with the same `requestId` (one file per pay run; an",
    '  employee you cannot pay at all is `"status": "unsupported"` with a reason).',
    ...layoutEn(i.registers).map((l) => (l.startsWith('Or') || l.startsWith('Your') ? `- ${l}` : `  ${l}`)),
    '',
    'Money has at most two decimals; every statement carries its gross and net. The harness refuses a file with a',
    'problem and names the file, row and column. Full rules: docs/vendor-protocol.md, section "Exchange".',
    '',
    `# Paquet d'échange payproof pour ${i.supplierName} (\`${i.vendorId}\`)`,
    '',
    `${i.paydays.length} payes (${span}), ${i.employees} employés.`,
    '',
    '## Contenu',
    '',
    "- `exchange.json` : la liste des payes, dans l'ordre où les calculer, et les employés non envoyés (hors de ce que vous avez déclaré).",
    '- `pay-runs/<jour de paye>/` : un dossier par paye. `pay-run.json` est une requête `payRun` du protocole payproof-vendor/1',
    '  pour ce seul jour de paye; `pay-run.csv`, `employees.csv` et `events.csv` en donnent le même contenu en CSV (les',
    '  colonnes du format de scénario de payproof). Chaque dossier ne contient que les événements RH saisis au plus tard à',
    '  la date limite de cette paye : ce que votre système aurait reçu à ce moment. `new_since_previous_cutoff` signale',
    '  ce qui est arrivé depuis la paye précédente.',
    "- `SHA256SUMS` : l'empreinte SHA-256 de chaque fichier; vérifiez avec `sha256sum -c SHA256SUMS`.",
    '',
    '## Comment répondre',
    '',
    "Calculez les payes dans l'ordre, comme le ferait votre système, et renvoyez un dossier ou un zip de registres de paye :",
    '',
    '- JSON : pour chaque `pay-run.json`, le `payRunResult` du protocole avec le même `requestId` (un fichier par paye; un',
    '  employé que vous ne pouvez pas payer du tout est `"status": "unsupported"` avec une raison).',
    ...layoutFr(i.registers).map((l) => (l.startsWith('Ou') || l.startsWith('Votre') ? `- ${l}` : `  ${l}`)),
    '',
    'Les montants ont au plus deux décimales; chaque relevé porte son brut et son net. Le harnais refuse un fichier',
    'qui a un problème et en nomme le fichier, la ligne et la colonne. Règles complètes : docs/vendor-protocol.md,',
    'section « Exchange ».',
    '',
  ].join('\n');
}
