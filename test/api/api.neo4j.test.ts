import { describe, it } from 'vitest';
import { claimTestDatabase, neo4jEnabled } from '../support/neo4j-test-db.js';
import { defineApiSuite } from './api-suite.js';

if (neo4jEnabled) defineApiSuite({ name: 'neo4j', open: claimTestDatabase });
else describe.skip('GraphQL API: neo4j (set GOVGRAPH_TEST_NEO4J_URI)', () => it('runs against a test Neo4j', () => undefined));
