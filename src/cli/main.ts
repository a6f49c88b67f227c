import { runExtract, EXTRACT_HELP } from './extract-command.js';
import type { Io } from './io.js';
import { COMPACT_HELP, INGEST_HELP, RETRACT_HELP, SCHEMA_HELP, STATS_HELP, WHO_HELD_HELP, runCompact, runIngest, runRetract, runSchema, runStats, runWhoHeld } from './store-command.js';

export const HELP = `govgraph — a knowledge graph of Chinese local officials, meetings and plans

Usage:
  govgraph <command> [options]

Commands:
  extract   read articles and print people, meetings, plans and relations (JSON Lines)
  ingest    read articles into the graph (embedded store, or Neo4j with NEO4J_URI)
  stats     count nodes by label and relationships by type
  retract   remove a document and the facts only it supported
  who-held  who held a title in a city on a day (e.g. who-held 市长 --city 临汾 --date 2020-04-29)
  compact   rewrite the embedded store's log without retracted documents
  schema    schema apply: Neo4j constraints and indexes
  help      show help for a command

Run 'govgraph <command> --help' for a command's options.
`;

const HELPS: Record<string, string> = { extract: EXTRACT_HELP, ingest: INGEST_HELP, stats: STATS_HELP, retract: RETRACT_HELP, schema: SCHEMA_HELP, 'who-held': WHO_HELD_HELP, compact: COMPACT_HELP };

/** Dispatch a command line; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'extract':
      return runExtract(rest, io);
    case 'ingest':
      return runIngest(rest, io);
    case 'stats':
      return runStats(rest, io);
    case 'retract':
      return runRetract(rest, io);
    case 'schema':
      return runSchema(rest, io);
    case 'who-held':
      return runWhoHeld(rest, io);
    case 'compact':
      return runCompact(rest, io);
    case undefined:
    case '-h':
    case '--help':
      io.out(HELP);
      return cmd === undefined ? 2 : 0;
    case 'help':
      io.out(HELPS[rest[0] ?? ''] ?? HELP);
      return 0;
    case '-v':
    case '--version':
      io.out('govgraph 0.1.0\n');
      return 0;
    default:
      io.err(`govgraph: unknown command '${cmd}'\n\n${HELP}`);
      return 2;
  }
}
