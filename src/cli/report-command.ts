import { GovgraphError } from '../domain/index.js';
import { Ambiguous, reportReader, atomicFile, atomicFolder, attendanceReport, checkWritable, cityReport, EXPORT_FORMATS, exportCypher, exportGraphml, exportJsonl, exportNeo4jCsv, FORMATS, meetingReport, personReport, render, type ExportFormat, type Format, type Out, type Report } from '../report/index.js';
import type { Io } from './io.js';
import { EXIT, EXIT_HELP, runStoreCommand, STORE_HELP } from './store-command.js';

export const REPORT_HELP = `govgraph report — who attended what, as a report

Usage:
  govgraph report attendance --city <city> [--from <date>] [--to <date>] [options]
  govgraph report person --person <name|id> [--city <city>] [--from …] [--to …] [options]
  govgraph report meeting --meeting <id|name> [--city <city>] [options]
  govgraph report city --city <city> [--from <date>] [--to <date>] [options]

Kinds:
  attendance   the people of a city's meetings in a period: a person × meeting matrix (主持,
               讲话, 出席), per-person counts, first and last dates, and every row with its sentence
  person       one official's dossier: titles over time, meetings by role, the plans those
               meetings acted on, the people met most often (a name several people share lists
               them with their cities instead of guessing: add --city or give the id)
  meeting      one meeting: who, in which role, what it passed, reviewed or studied, its sources
  city         meetings per month, the officials seen and their titles, the plans passed

Options:
      --city <city>         a short name (临汾), full name (临汾市) or GB/T 2260 code
      --from, --to <date>   the period, YYYY-MM-DD (inclusive)
      --person <name|id>    a name, or an id (person:…)
      --meeting <id|name>   a meeting id (meeting:…), or its name or part of it; several
                            meetings of that name are listed instead of guessed
  -f, --format <fmt>        md (default), csv, html (one self-contained file with pictures:
                            co-attendance network, timeline, heat map), json
  -o, --out <file>          write here (whole or not at all) instead of standard output;
                            the format follows the extension when --format is not given
${STORE_HELP}

Every line traces to its evidence: Markdown footnotes, CSV evidence columns, the sentence on
hover in HTML with links to the source documents.

${EXIT_HELP}
`;

export const EXPORT_HELP = `govgraph export — write the whole graph out

Usage:
  govgraph export [--format jsonl|graphml|neo4j-csv|cypher] [--out <file|dir>] [--stable] [store options]

Formats:
  jsonl       the canonical dump: every node (in id order), then every relationship (in from,
              type, to, document order), one JSON object per line, properties with sorted keys;
              equal graphs give equal bytes, whichever engine holds them (default)
  graphml     GraphML for Gephi, yEd and networkx: labels and properties as typed attributes
  neo4j-csv   a folder (--out is required) of CSV files in neo4j-admin's import format, one per
              label and relationship type, with import.sh giving the neo4j-admin command
  cypher      a Cypher script that recreates the graph (cypher-shell -f), values as escaped literals

Options:
  -f, --format <fmt>          the format (default: jsonl)
  -o, --out <file|dir>        write here (whole or not at all) instead of standard output
      --stable                (jsonl) leave out what differs between two ingests of the same text
                              (a document's ingestedAt), to compare two stores
${STORE_HELP}

Exports stream from the store: memory stays flat however large the graph.

${EXIT_HELP}
`;

const KINDS = ['attendance', 'person', 'meeting', 'city'] as const;

/** Why --out cannot be written (its folder is missing or not a folder), or null: checked before any work. */
function outProblem(values: Record<string, unknown>): string | null {
  if (typeof values.out !== 'string') return null;
  try {
    checkWritable(values.out);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function formatOf(values: Record<string, unknown>): Format | null {
  if (typeof values.format === 'string') return (FORMATS as string[]).includes(values.format) ? (values.format as Format) : null;
  const ext = typeof values.out === 'string' ? /\.(md|csv|html?|json)$/i.exec(values.out)?.[1]?.toLowerCase() : undefined;
  return ext ? ((ext === 'htm' ? 'html' : ext) as Format) : 'md';
}

/** Standard output, or a file written whole (a temporary file renamed over it when complete). */
async function writeTo(values: Record<string, unknown>, io: Io, write: (out: Out) => Promise<void>): Promise<void> {
  if (typeof values.out === 'string') return atomicFile(values.out, write);
  const out: Out = io.outAsync ?? (async (s) => io.out(s));
  return write(out);
}

export function runReport(argv: string[], io: Io): Promise<number> {
  return runStoreCommand(
    {
      name: 'report',
      help: REPORT_HELP,
      mode: 'read',
      options: { city: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, person: { type: 'string' }, meeting: { type: 'string' }, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } },
      check: (values, positionals) => {
        if (positionals.length !== 1 || !(KINDS as readonly string[]).includes(positionals[0]!)) return `give one kind of report: ${KINDS.join(', ')}`;
        if (!formatOf(values)) return `unknown format '${values.format}' (use ${FORMATS.join(', ')})`;
        for (const k of ['from', 'to'] as const) if (values[k] !== undefined && !DAY.test(String(values[k]))) return `--${k} takes a date as YYYY-MM-DD`;
        if (values.from && values.to && String(values.from) > String(values.to)) return '--from is after --to';
        return outProblem(values);
      },
      body: async ({ store, values, positionals }) => {
        const r = reportReader(store);
        const period = { ...(values.from ? { from: String(values.from) } : {}), ...(values.to ? { to: String(values.to) } : {}) };
        const city = values.city as string | undefined;
        let report: Report;
        try {
          const kind = positionals[0];
          report =
            kind === 'attendance'
              ? await attendanceReport(r, { city, ...period })
              : kind === 'person'
                ? await personReport(r, { person: values.person as string | undefined, city, ...period })
                : kind === 'meeting'
                  ? await meetingReport(r, { meeting: values.meeting as string | undefined, city })
                  : await cityReport(r, { city, ...period });
        } catch (e) {
          if (e instanceof Ambiguous) {
            const option = e.what === 'people' ? '--person' : '--meeting';
            io.err(`govgraph report: ${e.candidates.length} ${e.what} match ${e.asked}; give ${option} <id>, or --city:\n${e.candidates.map((c) => `  ${c.id}  ${c.detail}`).join('\n')}\n`);
            return EXIT.partial;
          }
          if (e instanceof GovgraphError && (e.code === 'NOT_FOUND' || e.code === 'BAD_INPUT')) {
            io.err(`govgraph report: ${e.message}\n`);
            return e.code === 'NOT_FOUND' ? EXIT.partial : EXIT.usage;
          }
          throw e;
        }
        await writeTo(values, io, (out) => render(report, formatOf(values)!, out));
        if (typeof values.out === 'string') io.err(`report: ${report.kind} report written to ${values.out}\n`);
        return EXIT.ok;
      },
    },
    argv,
    io,
  );
}

export function runExport(argv: string[], io: Io): Promise<number> {
  return runStoreCommand(
    {
      name: 'export',
      help: EXPORT_HELP,
      mode: 'read',
      options: { format: { type: 'string', short: 'f', default: 'jsonl' }, out: { type: 'string', short: 'o' }, stable: { type: 'boolean', default: false } },
      check: (values) => {
        if (!(EXPORT_FORMATS as readonly string[]).includes(String(values.format))) return `unknown format '${values.format}' (use ${EXPORT_FORMATS.join(', ')})`;
        if (values.format === 'neo4j-csv' && typeof values.out !== 'string') return 'neo4j-csv writes a folder: give --out <dir>';
        return outProblem(values);
      },
      body: async ({ store, values }) => {
        const format = values.format as ExportFormat;
        if (format === 'neo4j-csv') {
          let files: string[] = [];
          await atomicFolder(String(values.out), async (dir) => void ({ files } = await exportNeo4jCsv(store, dir)));
          io.err(`export: ${files.length} CSV files and import.sh written to ${values.out}\n`);
          return EXIT.ok;
        }
        await writeTo(values, io, (out) => (format === 'graphml' ? exportGraphml(store, out) : format === 'cypher' ? exportCypher(store, out) : exportJsonl(store, out, Boolean(values.stable))));
        if (typeof values.out === 'string') io.err(`export: ${format} written to ${values.out}\n`);
        return EXIT.ok;
      },
    },
    argv,
    io,
  );
}
