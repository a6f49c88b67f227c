import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the test run\'s temporary folder', () => {
  it('holds every temporary folder a test makes, and the processes a test starts use it too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-probe-'));
    try {
      expect(basename(dirname(dir))).toMatch(/^govgraph-test-run-/);
      const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8' });
      expect(child.stdout).toBe(tmpdir());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
