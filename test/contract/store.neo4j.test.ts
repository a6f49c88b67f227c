import { describe, it } from 'vitest';
import type { Neo4jStore } from '../../src/storage/index.js';
import { claimTestDatabase, neo4jEnabled } from '../support/neo4j-test-db.js';
import { defineStoreContract } from './store-contract.js';

// The contract against a real Neo4j: the test server GOVGRAPH_TEST_NEO4J_URI names (never NEO4J_URI),
// taken over only when it is empty or marked as a test database.
if (neo4jEnabled) {
  defineStoreContract({
    name: 'neo4j',
    open: claimTestDatabase,
    reset: async (s) => {
      await (s as Neo4jStore).clearAll();
      return s;
    },
  });
} else {
  describe.skip('GraphStore contract: neo4j (set GOVGRAPH_TEST_NEO4J_URI)', () => it('runs against a test Neo4j', () => undefined));
}
