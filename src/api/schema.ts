import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers.js';

/** The path of schema.graphql, the project's only SDL. */
export const SDL_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

/** The executable schema: schema.graphql and the resolvers, which must match it field for field. */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readFileSync(SDL_PATH, 'utf8'),
    resolvers,
    // a resolver for a field the SDL does not have is a mistake, not dead code
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
}
