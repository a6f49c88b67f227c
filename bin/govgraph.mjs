#!/usr/bin/env node
// The CLI is TypeScript run through tsx's loader, so `npx govgraph` works right after `npm ci`
// with no build step and never runs stale compiled code.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/run.ts');
