import { runExtract, EXTRACT_HELP, type Io } from './extract-command.js';

export const HELP = `govgraph — a knowledge graph of Chinese local officials, meetings and plans

Usage:
  govgraph <command> [options]

Commands:
  extract   read articles and print people, meetings, plans and relations (JSON Lines)
  help      show help for a command

Run 'govgraph <command> --help' for a command's options.
`;

/** Dispatch a command line; returns the exit code. */
export function main(argv: string[], io: Io): number {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'extract':
      return runExtract(rest, io);
    case undefined:
    case '-h':
    case '--help':
      io.out(HELP);
      return cmd === undefined ? 2 : 0;
    case 'help':
      io.out(rest[0] === 'extract' ? EXTRACT_HELP : HELP);
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
