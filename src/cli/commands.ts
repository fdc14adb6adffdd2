import type { CommandEntry } from './command-spec';

/**
 * Every command of `payproof`. Adding a command is one entry here: its name, the one-line
 * description `payproof --help` shows, and a loader for the file that exports its CommandSpec
 * (a subcommand goes in its group's `subcommands`). Only the command being run is loaded, so
 * what one command imports (TypeORM, Express, Swagger for evaluate, serve and tokens) never
 * slows another: `calc`, `explain` and `scenarios` start without them (issue 12).
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'calc',
    description:
      'Statutory deductions (CPP/QPP, CPP2, EI, QPIP, federal and provincial tax) for one pay period: T4127 Option 1, Quebec tax by TP-1015.F-V',
    fr: 'Retenues prévues par la loi (RPC/RRQ, RPC2, AE, RQAP, impôt fédéral et provincial) pour une période de paye : T4127 option 1, impôt du Québec selon le TP-1015.F-V',
    load: async () => (await import('./calc/calc.command')).calcCommand,
  },
  {
    name: 'chain',
    description: 'the hash chain of finished runs: verify it holds, or name the run changed or removed; list it',
    fr: 'la chaîne de hachage des évaluations terminées : vérifier qu’elle tient, ou nommer l’évaluation modifiée ou supprimée; l’afficher',
    subcommands: [
      {
        name: 'verify',
        description: "recompute every chained run's record and check each link (exit 1 when the chain does not hold)",
        fr: 'recalculer l’enregistrement de chaque évaluation chaînée et vérifier chaque maillon (code de sortie 1 si la chaîne ne tient pas)',
        load: async () => (await import('./chain/chain.command')).chainVerifyCommand,
      },
      {
        name: 'list',
        description: 'list the chain, oldest first',
        fr: 'afficher la chaîne, de la plus ancienne à la plus récente',
        load: async () => (await import('./chain/chain.command')).chainListCommand,
      },
    ],
  },
  {
    name: 'conformance',
    description:
      "run the protocol's examples and a small public set of scenarios against one supplier and print, rule by rule, pass or fail with the reference's statement beside the supplier's (before a pilot)",
    fr: 'passer les exemples du protocole et un petit ensemble public de scénarios à un fournisseur et afficher, règle par règle, réussite ou échec avec le relevé de la référence à côté de celui du fournisseur (avant un projet pilote)',
    load: async () => (await import('./conformance/conformance.command')).conformanceCommand,
  },
  {
    name: 'disputes',
    description: "suppliers' disputes and auditors' rulings (made over the API)",
    fr: 'contestations des fournisseurs et décisions des vérificateurs (faites par l’API)',
    subcommands: [
      {
        name: 'list',
        description: 'list every dispute with the ruling in force',
        fr: 'lister chaque contestation avec la décision en vigueur',
        load: async () => (await import('./disputes/disputes.command')).disputesListCommand,
      },
    ],
  },
  {
    name: 'evaluate',
    description:
      'run the scenarios against every supplier, check every pay line, compare side by side and write a report',
    fr: 'passer les scénarios à chaque fournisseur, vérifier chaque ligne de paye, comparer côte à côte et écrire un rapport',
    load: async () => (await import('./evaluate/evaluate.command')).evaluateCommand,
  },
  {
    name: 'exchange',
    description:
      'suppliers that run in their own tenant: export their outbound package, import the registers they return',
    fr: 'fournisseurs qui travaillent dans leur propre environnement : exporter leur trousse sortante, importer les registres qu’ils renvoient',
    subcommands: [
      {
        name: 'export',
        description:
          'write the outbound package for an exchange supplier: per pay run, the HR events entered by its cut-off',
        fr: 'écrire la trousse sortante d’un fournisseur par échange : pour chaque paye, les événements RH saisis avant sa date limite',
        load: async () => (await import('./exchange/exchange-export.command')).exchangeExportCommand,
      },
      {
        name: 'import',
        description:
          'check and store the pay registers an exchange supplier returned (a folder or a zip), with their provenance',
        fr: 'vérifier et conserver les registres de paye renvoyés par un fournisseur par échange (un dossier ou un zip), avec leur provenance',
        load: async () => (await import('./exchange/exchange-import.command')).exchangeImportCommand,
      },
    ],
  },
  {
    name: 'export',
    description:
      "write a run's evidence pack: scenarios, answers, the reference's statements with traces, findings, pins, policy, rulings and SHA256SUMS",
    fr: 'écrire la trousse de preuves d’une évaluation : scénarios, réponses, relevés de la référence avec leurs traces, constats, éléments épinglés, politique de tolérance, décisions et SHA256SUMS',
    load: async () => (await import('./export/export.command')).exportCommand,
  },
  {
    name: 'explain',
    description:
      "print the reference's statement for each payday of a scenario file (JSON or CSV), with the trace of every line, and check the file's pay stub lines (expected rows) against it",
    fr: 'afficher le relevé de la référence pour chaque jour de paye d’un fichier de scénarios (JSON ou CSV), avec la trace de chaque ligne, et vérifier les lignes de talon de paye du fichier (lignes « expected ») par rapport à lui',
    load: async () => (await import('./explain/explain.command')).explainCommand,
  },
  {
    name: 'fuzz',
    description:
      'generate pay scenarios, find where a supplier departs from the reference, the invariants or the metamorphic relations, shrink each defect to a minimal scenario and save it as a regression',
    fr: 'générer des scénarios de paye, trouver où un fournisseur s’écarte de la référence, des invariants ou des relations métamorphiques, réduire chaque défaut à un scénario minimal et l’enregistrer comme régression',
    load: async () => (await import('./fuzz/fuzz.command')).fuzzCommand,
  },
  {
    name: 'pilot',
    description:
      'pilots: runs grouped as rounds, what each supplier fixed, still has, or broke again, and a decision brief',
    fr: 'projets pilotes : exécutions groupées en rondes, ce que chaque fournisseur a corrigé, a encore ou a de nouveau brisé, et une note de décision',
    subcommands: [
      {
        name: 'create',
        description: 'create a pilot by name; its rounds are runs recorded with payproof evaluate --pilot <name>',
        fr: 'créer un projet pilote par son nom; ses rondes sont les exécutions enregistrées avec payproof evaluate --pilot <nom>',
        load: async () => (await import('./pilot/pilot.command')).pilotCreateCommand,
      },
      {
        name: 'list',
        description: 'list the pilots and how many rounds each has',
        fr: 'lister les projets pilotes et le nombre de rondes de chacun',
        load: async () => (await import('./pilot/pilot.command')).pilotListCommand,
      },
      {
        name: 'show',
        description:
          "a pilot's rounds, each supplier's harm and score round by round, and its defects fixed, still open, new and came back",
        fr: 'les rondes d’un projet pilote, le préjudice et le score de chaque fournisseur ronde par ronde, et ses défauts corrigés, encore ouverts, nouveaux et revenus',
        load: async () => (await import('./pilot/pilot.command')).pilotShowCommand,
      },
      {
        name: 'brief',
        description: "one round's decision brief, one page in English or French, as HTML and (--pdf) a printable PDF",
        fr: 'la note de décision d’une ronde, une page en anglais ou en français, en HTML et (--pdf) en PDF imprimable',
        load: async () => (await import('./pilot/pilot.command')).pilotBriefCommand,
      },
    ],
  },
  {
    name: 'runs',
    description:
      'evaluation runs and their status: what an awaiting run misses, its supplier deadline, what to do next (as GET /api/runs gives them)',
    fr: 'les évaluations et leur statut : ce qui manque à une évaluation en attente, l’échéance du fournisseur, quoi faire ensuite (comme GET /api/runs les donne)',
    subcommands: [
      {
        name: 'list',
        description: 'the runs, newest first: status, when started and finished, people, suppliers, partial or not',
        fr: 'les évaluations, les plus récentes d’abord : statut, début et fin, personnes, fournisseurs, partielle ou non',
        load: async () => (await import('./runs/runs.command')).runsListCommand,
      },
      {
        name: 'show',
        description:
          "one run: its status, each supplier's progress and what it misses, the deadline and who set it, the commands to continue, the reports once finished",
        fr: 'une évaluation : son statut, l’avancement de chaque fournisseur et ce qui lui manque, l’échéance et qui l’a fixée, les commandes pour continuer, les rapports une fois terminée',
        load: async () => (await import('./runs/runs.command')).runsShowCommand,
      },
      {
        name: 'missing',
        description:
          "what an awaiting run misses: each supplier's employees and pay runs with no register yet, page by page",
        fr: 'ce qui manque à une évaluation en attente : les employés et cycles de paye de chaque fournisseur sans registre pour l’instant, page par page',
        load: async () => (await import('./runs/runs-awaiting.command')).runsMissingCommand,
      },
      {
        name: 'deadline',
        description:
          'set (--at, --by) or remove (--clear) the supplier deadline of a run waiting for an exchange supplier, as PATCH /api/runs/:id/deadline',
        fr: 'fixer (--at, --by) ou retirer (--clear) l’échéance du fournisseur d’une évaluation qui attend un fournisseur par échange, comme PATCH /api/runs/:id/deadline',
        load: async () => (await import('./runs/runs-awaiting.command')).runsDeadlineCommand,
      },
    ],
  },
  {
    name: 'scenarios',
    description: 'list, validate or generate pay scenarios (CSV or JSON)',
    fr: 'lister, valider ou générer des scénarios de paye (CSV ou JSON)',
    subcommands: [
      {
        name: 'list',
        description: 'list the scenarios in a file or folder (default: the bundled test-payrolls/)',
        fr: 'lister les scénarios d’un fichier ou d’un dossier (par défaut : test-payrolls/ fourni)',
        load: async () => (await import('./scenarios/scenarios.command')).scenariosListCommand,
      },
      {
        name: 'validate',
        description:
          'check scenario files (format and personal information) and print every problem (exit code 1 if any), then check their pay stub lines against the reference',
        fr: 'vérifier des fichiers de scénarios (format et renseignements personnels) et afficher chaque problème (code de sortie 1 s’il y en a), puis vérifier leurs lignes de talon de paye par rapport à la référence',
        load: async () => (await import('./scenarios/scenarios.command')).scenariosValidateCommand,
      },
      {
        name: 'generate',
        description:
          'write a made-up population of employees as catalogue CSV files, for benchmarks, load tests and demos (its --help states the mix)',
        fr: 'écrire une population fictive d’employés en fichiers CSV de catalogue, pour les mesures de performance, les essais de charge et les démonstrations (son --help décrit la composition)',
        load: async () => (await import('./scenarios/generate.command')).scenariosGenerateCommand,
      },
    ],
  },
  {
    name: 'seal',
    description:
      "print the commitment (sha256) to a catalogue's sealed part before the pilot; --record stores it so runs prove their sealed set",
    fr: 'afficher l’engagement (sha256) sur la partie scellée d’un catalogue avant le projet pilote; --record l’enregistre pour que chaque évaluation prouve son ensemble scellé',
    load: async () => (await import('./seal/seal.command')).sealCommand,
  },
  {
    name: 'selftest',
    description:
      "plant each known defect class into the reference's own answers and report which ones the scenario set detects, each as one defect with its title",
    fr: 'insérer chaque catégorie de défaut connue dans les réponses de la référence elle-même et indiquer lesquelles l’ensemble de scénarios détecte, chacune comme un défaut avec son titre',
    load: async () => (await import('./selftest/selftest.command')).selftestCommand,
  },
  {
    name: 'serve',
    description: 'start the HTTP service: REST API (/api, OpenAPI at /api/docs) and the dashboard (/)',
    fr: 'démarrer le service HTTP : API REST (/api, OpenAPI à /api/docs) et le tableau de bord (/)',
    load: async () => (await import('./serve/serve.command')).serveCommand,
  },
  {
    name: 'verify',
    description:
      're-run a stored run from its pins and say identical or show the first difference (exit 1 when not reproducible); --pack checks an evidence pack',
    fr: 'refaire une évaluation enregistrée à partir de ses éléments épinglés et dire si elle est identique ou montrer la première différence (code de sortie 1 si elle n’est pas reproductible); --pack vérifie une trousse de preuves',
    load: async () => (await import('./verify/verify.command')).verifyCommand,
  },
  {
    name: 'tokens',
    description: 'manage API tokens for the HTTP service',
    fr: 'gérer les jetons d’API du service HTTP',
    subcommands: [
      {
        name: 'create',
        description:
          'create an API token for a role (procurement, volunteer, auditor, admin, or supplier bound to one supplier by --vendor); it is shown once',
        fr: 'créer un jeton d’API pour un rôle (procurement, volunteer, auditor, admin, ou supplier lié à un seul fournisseur par --vendor); il n’est affiché qu’une fois',
        load: async () => (await import('./tokens/tokens.command')).tokensCreateCommand,
      },
      {
        name: 'list',
        description: 'list API tokens (without the tokens themselves)',
        fr: 'lister les jetons d’API (sans les jetons eux-mêmes)',
        load: async () => (await import('./tokens/tokens.command')).tokensListCommand,
      },
      {
        name: 'revoke',
        description: 'revoke an API token by its id',
        fr: 'révoquer un jeton d’API par son identifiant',
        load: async () => (await import('./tokens/tokens.command')).tokensRevokeCommand,
      },
    ],
  },
  {
    name: 'worker',
    description:
      'take chunks of evaluation runs from a queue (Redis) and evaluate them, on any number of machines sharing one store (PostgreSQL)',
    fr: 'prendre des tranches d’évaluations dans une file d’attente (Redis) et les évaluer, sur autant de machines que voulu partageant une même base (PostgreSQL)',
    load: async () => (await import('./worker/worker.command')).workerCommand,
  },
];
