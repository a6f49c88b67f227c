import { tuneCompiler } from '../app/v8-tuning.js';
import { main } from './main.js';

// before any extraction code runs, here and in the worker threads it starts
tuneCompiler();

// stdout may be a pipe that closes early (| head): stop quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const code = await main(process.argv.slice(2), {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
  outAsync: (s) => new Promise<void>((resolve) => (process.stdout.write(s) ? resolve() : process.stdout.once('drain', () => resolve()))),
});
process.exitCode = code;
// Nothing should keep the process alive after the command has answered (a frozen server's
// socket, a worker): give pending output a moment, then exit with the command's status.
setTimeout(() => process.exit(code), 3000).unref();
