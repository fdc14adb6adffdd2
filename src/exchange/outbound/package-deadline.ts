/** The deadline notice of an outbound package: a file beside SHA256SUMS, not in it. */
export const DEADLINE_FILE = 'DEADLINE.md';

/**
 * What the supplier reads about the run's supplier deadline (issue 16, item 3), in English then
 * French. It is kept out of SHA256SUMS on purpose: procurement may move the deadline, and the
 * package id names what is asked (the pay runs and HR events), which a new date does not change.
 */
export function deadlineNotice(o: { vendorId: string; supplierName: string; deadline: string }): string {
  return [
    `# Deadline for ${o.supplierName} (\`${o.vendorId}\`)`,
    '',
    `Your pay registers must be imported into payproof by **${o.deadline}** (UTC). A pay run with no register`,
    'by then counts as a missed pay ("no answer by the deadline"); the registers imported before it are judged',
    'as any live answer. Until then the evaluation waits: you may send what is ready first, as long as each',
    'import holds every register so far (the latest import replaces the one before).',
    '',
    `# Échéance pour ${o.supplierName} (\`${o.vendorId}\`)`,
    '',
    `Vos registres de paye doivent être importés dans payproof au plus tard le **${o.deadline}** (UTC). Une paye sans`,
    'registre à ce moment compte comme une paye manquée (« aucune réponse à l’échéance »); les registres importés',
    'avant sont jugés comme toute réponse en direct. D’ici là, l’évaluation attend : vous pouvez envoyer d’abord',
    'ce qui est prêt, pourvu que chaque import contienne tous les registres à ce jour (le dernier import remplace',
    'le précédent).',
    '',
  ].join('\n');
}
