import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/storage/index.js';
import { defineStoreContract } from './store-contract.js';

defineStoreContract({ name: 'sqlite :memory:', open: async () => SqliteStore.memory(), reset: async (s) => (await s.close(), SqliteStore.memory()) });

const fresh = () => SqliteStore.open(mkdtempSync(join(tmpdir(), 'govgraph-contract-')));
defineStoreContract({ name: 'sqlite file', open: async () => fresh(), reset: async (s) => (await s.close(), fresh()) });
