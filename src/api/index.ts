export { createApi, createHttpServer, LIMITS, type Api, type ApiOptions } from './server.js';
export { createSchema, SDL_PATH } from './schema.js';
export { EXAMPLE_QUERIES } from './examples.js';
