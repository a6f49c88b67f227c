import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const GOVGRAPH_BIN = fileURLToPath(new URL('../../bin/govgraph.mjs', import.meta.url));

export interface Served {
  child: ChildProcess;
  /** http://host:port, as the server printed it */
  base: string;
  out: () => string;
  err: () => string;
}

/**
 * `govgraph <args>` (serve or start) in its own process; resolves once it prints where it serves,
 * rejects if it exits first or prints nothing within the time limit (then it is killed).
 */
export function startServer(args: string[], env: NodeJS.ProcessEnv, opts: { timeoutMs?: number; stderr?: 'pipe' | 'inherit' } = {}): Promise<Served> {
  const child = spawn(process.execPath, [GOVGRAPH_BIN, ...args], { env, stdio: ['ignore', 'pipe', opts.stderr ?? 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((res, rej) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`no URL printed within ${(opts.timeoutMs ?? 60_000) / 1000} s:\n${out}\n${err}`));
    }, opts.timeoutMs ?? 60_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /GraphiQL at (http:\/\/[^/\s]+)\/graphql/.exec(out);
      if (m) {
        clearTimeout(t);
        res({ child, base: m[1]!, out: () => out, err: () => err });
      }
    });
    child.stderr?.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      clearTimeout(t);
      rej(new Error(`exited with ${code} before serving:\n${out}\n${err}`));
    });
  });
}
