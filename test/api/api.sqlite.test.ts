import { SqliteStore } from '../../src/storage/index.js';
import { defineApiSuite } from './api-suite.js';

defineApiSuite({ name: 'sqlite', open: async () => SqliteStore.memory() });
