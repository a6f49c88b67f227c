import type { Io } from './io.js';

export const HELP = `govgraph — a knowledge graph of Chinese local officials, meetings and plans

Usage:
  govgraph <command> [options]

Commands:
  start     the main job: read the sample articles (or yours) into an empty store and serve it
  serve     the GraphQL API (GraphiQL in a browser) over the graph
  extract   read articles and print people, meetings, plans and relations (JSON Lines)
  ingest    read articles into the graph (embedded SQLite store, or Neo4j with NEO4J_URI)
  stats     count nodes by label and relationships by type
  who-held  who held a title in a city on a day (e.g. who-held 市长 --city 临汾 --date 2020-04-29)
  report    who attended what: attendance, a person, a meeting, a city (md, csv, html, json)
  export    write the whole graph out (JSON Lines, GraphML, neo4j-admin CSV, Cypher)
  retract   remove a document and the facts only it supported
  compact   reclaim the space of removed data in the embedded store
  migrate   bring an embedded store up to date (imports an earlier version's log)
  schema    schema apply: Neo4j constraints and indexes
  help      show help for a command

Run 'govgraph <command> --help' for a command's options.
`;

type Command = { run: (argv: string[], io: Io) => number | Promise<number>; help: string };

/** Commands are loaded when called: reading a store never loads the extraction pipeline. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => {
    const m = await import('./extract-command.js');
    return { run: m.runExtract, help: m.EXTRACT_HELP };
  },
  ingest: async () => store('runIngest', 'INGEST_HELP'),
  stats: async () => store('runStats', 'STATS_HELP'),
  retract: async () => store('runRetract', 'RETRACT_HELP'),
  schema: async () => store('runSchema', 'SCHEMA_HELP'),
  'who-held': async () => store('runWhoHeld', 'WHO_HELD_HELP'),
  compact: async () => store('runCompact', 'COMPACT_HELP'),
  migrate: async () => store('runMigrate', 'MIGRATE_HELP'),
  export: async () => {
    const m = await import('./report-command.js');
    return { run: m.runExport, help: m.EXPORT_HELP };
  },
  report: async () => {
    const m = await import('./report-command.js');
    return { run: m.runReport, help: m.REPORT_HELP };
  },
  serve: async () => {
    const m = await import('./serve-command.js');
    return { run: (argv, io) => m.runServe(argv, io), help: m.SERVE_HELP };
  },
  start: async () => {
    const m = await import('./serve-command.js');
    return { run: (argv, io) => m.runStart(argv, io), help: m.START_HELP };
  },
};

async function store(run: string, help: string): Promise<Command> {
  const m = (await import('./store-command.js')) as unknown as Record<string, unknown>;
  return { run: m[run] as Command['run'], help: m[help] as string };
}

/** Dispatch a command line; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd !== undefined && COMMANDS[cmd]) return (await COMMANDS[cmd]()).run(rest, io);
  switch (cmd) {
    case undefined:
    case '-h':
    case '--help':
      io.out(HELP);
      return cmd === undefined ? 2 : 0;
    case 'help': {
      const c = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
      io.out(c ? (await c()).help : HELP);
      return 0;
    }
    case '-v':
    case '--version':
      io.out('govgraph 0.1.0\n');
      return 0;
    default:
      io.err(`govgraph: unknown command '${cmd}'\n\n${HELP}`);
      return 2;
  }
}
