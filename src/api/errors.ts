import { GraphQLError } from 'graphql';

/** The codes clients can rely on (extensions.code). Anything else is masked as INTERNAL_SERVER_ERROR. */
export const ERROR_CODES = ['NOT_FOUND', 'BAD_INPUT', 'UNAUTHENTICATED', 'STORE_UNAVAILABLE', 'LIMIT_EXCEEDED', 'PAYLOAD_TOO_LARGE'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A refusal the API means (a bad cursor, an unknown id, a missing token), with its stable code. */
export function apiError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

type AnyError = { name?: string; message?: string; code?: unknown; extensions?: Record<string, unknown>; originalError?: unknown; path?: ReadonlyArray<string | number> };

/**
 * The code an error we meant carries: a domain error's (GovgraphError: NOT_FOUND, BAD_INPUT,
 * STORE_UNAVAILABLE; a damaged store counts as unavailable) or an API refusal's. Checked by shape,
 * not instanceof: a bundler or test runner may load graphql or a module of ours twice.
 */
function meantCode(e: AnyError | undefined): ErrorCode | null {
  if (!e) return null;
  if (e.name === 'GovgraphError') {
    if (e.code === 'STORE_CORRUPT') return 'STORE_UNAVAILABLE';
    return (ERROR_CODES as readonly unknown[]).includes(e.code) ? (e.code as ErrorCode) : null;
  }
  const c = e.extensions?.code;
  return typeof c === 'string' && (ERROR_CODES as readonly string[]).includes(c) ? (c as ErrorCode) : null;
}

/**
 * Yoga's error mask, in one place: errors we mean keep their message and code; everything else
 * (a bug, a driver's stack) becomes "Unexpected error." with INTERNAL_SERVER_ERROR, logged.
 */
export function maskError(error: unknown, message: string, log: (e: unknown) => void): Error {
  const outer = error as AnyError;
  const inner = (outer?.originalError ?? undefined) as AnyError | undefined;
  const code = meantCode(inner) ?? meantCode(outer);
  const path = outer?.path;
  if (code) {
    const source = meantCode(inner) ? inner! : outer;
    return new GraphQLError(String(source.message), { path, extensions: { ...(source.extensions ?? {}), code } });
  }
  log(inner ?? outer);
  return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
