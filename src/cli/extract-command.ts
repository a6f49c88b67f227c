import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES, defaultExtractWorkers, expandInputs, extractInOrder } from '../app/extract-files.js';
import { usePlaces } from '../app/places.js';
import { parseByteCount } from './byte-count.js';

export const EXTRACT_HELP = `govgraph extract — read articles and print what they say

Usage:
  govgraph extract [options] <file|dir|-> ...

Reads each file (UTF-8, UTF-16 or GB18030/GBK, with or without BOM; directories are read
recursively, '-' reads standard input), normalises it (traditional → simplified,
pinyin glosses, broken punctuation, mojibake, page clutter, PDF line breaks) and
extracts people, meetings, plans, staff, dates and the city, with every relation
tied to the sentence it came from.

Options:
  -f, --format <jsonl|json|pretty>  output format (default: jsonl)
                                    jsonl   one JSON object per document per line
                                            (the contract in shared/spec/extract-output.md)
                                    json    one JSON array of all documents
                                    pretty  an aligned human-readable view
      --no-diagnostics              leave the per-document diagnostics out of JSON output
      --max-bytes <n>               refuse files larger than this (default: 20MB; 512k, 50MB, 1G)
      --workers <n>                 extraction threads (default: the cores, at most 4, from 16 MB
                                    of input in 8 or more files; 0 = none); output stays in input
                                    order
      --places <file>               places the division data lacks, as a JSON array of
                                    {fullName, province, adminCode, level, parentCode}
                                    (default: $GOVGRAPH_PLACES)
  -q, --quiet                       no progress or summary on standard error
  -h, --help                        show this help

A path that cannot be read — missing, a broken symbolic link, a link loop, a folder that
cannot be listed, a FIFO or device, a file over --max-bytes — is named on standard error
with the reason and skipped; the others are still extracted.

Exit status: 0 all documents read; 1 some could not be read (each named on
standard error with the reason, the others still extracted); 2 usage error.

Examples:
  govgraph extract ../shared/corpus/dev/*.txt > out.jsonl
  govgraph extract --format pretty article.txt
  cat article.txt | govgraph extract -
`;

import type { Io } from './io.js';

/** `govgraph extract`: returns the exit code. */
export async function runExtract(argv: string[], io: Io): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'jsonl' },
        'no-diagnostics': { type: 'boolean', default: false },
        places: { type: 'string' },
        'max-bytes': { type: 'string' },
        workers: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    io.err(`govgraph extract: ${(e as Error).message}\nRun 'govgraph extract --help' for usage.\n`);
    return 2;
  }
  if (values.help) {
    io.out(EXTRACT_HELP);
    return 0;
  }
  const format = values.format;
  if (!['jsonl', 'json', 'pretty'].includes(format)) {
    io.err(`govgraph extract: unknown format '${format}' (use jsonl, json or pretty)\n`);
    return 2;
  }
  if (!positionals.length) {
    io.err(`govgraph extract: no input files (give files, directories, or - for standard input)\nRun 'govgraph extract --help' for usage.\n`);
    return 2;
  }
  let places;
  try {
    places = usePlaces(values.places ?? (process.env.GOVGRAPH_PLACES || undefined));
  } catch (e) {
    io.err(`govgraph extract: ${(e as Error).message}\n`);
    return 2;
  }
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseByteCount(values['max-bytes']);
  if (maxBytes === null) {
    io.err(`govgraph extract: --max-bytes takes a size such as 20000000, 512k or 20MB (got ${values['max-bytes']})\n`);
    return 2;
  }
  if (values.workers !== undefined && !/^\d+$/.test(values.workers)) {
    io.err(`govgraph extract: --workers takes a whole number ≥ 0 (got ${values.workers})\n`);
    return 2;
  }
  const { files, problems, bytes } = expandInputs(positionals, { maxBytes });
  const workers = values.workers !== undefined ? Number(values.workers) : defaultExtractWorkers(files.length, bytes);
  let failed = problems.length;
  for (const p of problems) io.err(`govgraph extract: ${p.path}: ${p.reason}\n`);
  let n = 0;
  if (format === 'json') io.out('[');
  await extractInOrder(files, {
    workers,
    maxBytes,
    places,
    output: { format: format as 'jsonl' | 'json' | 'pretty', diagnostics: !values['no-diagnostics'] },
    onResult: (r) => {
      if (!r.ok) {
        failed++;
        io.err(`govgraph extract: ${r.path}: ${r.error}\n`);
        return;
      }
      // the bytes as formatted by the extraction thread (a jsonl line ends there already)
      if (format === 'json') io.out(n ? ',\n' : '\n');
      else if (format === 'pretty' && n) io.out('\n\n');
      io.out(r.output);
      if (format === 'pretty') io.out('\n');
      n++;
      if (!values.quiet && io.isTTY && files.length > 1) io.err(`\r${n}/${files.length} documents`);
    },
  });
  if (format === 'json') io.out('\n]\n');
  if (!values.quiet && io.isTTY && files.length > 1) io.err('\n');
  if (!values.quiet && failed) io.err(`govgraph extract: ${n} extracted, ${failed} failed\n`);
  return failed ? 1 : 0;
}
