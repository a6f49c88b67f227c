import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: every test (and every process a test starts) makes its temporary folders
 * under one folder of this run, removed when the run ends — a run leaves nothing in the user's
 * temp folder. Node's tmpdir() reads TMPDIR, which the test processes inherit.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'govgraph-test-run-'));
  chmodSync(root, 0o1777); // like /tmp: a test that runs the CLI as another user can still make its folders here
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
