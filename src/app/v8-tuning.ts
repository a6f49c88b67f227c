import { setFlagsFromString } from 'node:v8';

/**
 * V8's optimising compiler, tuned for extraction. The extractor is many large functions that each
 * run a few thousand times per megabyte; with V8's defaults TurboFan compiles ≈250 of them per
 * thread, inlining callees into callers until single compiles take 50–110 ms, ≈3.3 s of compiler
 * time per extraction thread in all. On a machine with as many cores as extraction threads that
 * time is taken from the threads themselves. A later tier-up (a larger interrupt budget) and a
 * smaller inlining budget leave ≈160 compiles and ≈1.2 s per thread, the same steady speed
 * (`--trace-opt`, 60 passes over the dev articles: 3.3 s → 1.2 s; `govgraph extract --workers 2`
 * on 5 MiB: ≈12 % less wall time).
 */
export const COMPILER_FLAGS = ['--max-inlined-bytecode-size-cumulative=200', '--interrupt-budget=300000'];

/** A V8 flag as the command line writes it (--name or --name=value). */
const FLAG = /^--[a-z0-9-]+(?:=[\w.-]+)?$/;

/**
 * Applies the compiler flags to this process (its worker threads started after this included).
 * GOVGRAPH_V8_FLAGS replaces them (empty: V8's own defaults, to compare). Returns the flags applied.
 */
export function tuneCompiler(env: NodeJS.ProcessEnv = process.env): string[] {
  const wanted = env.GOVGRAPH_V8_FLAGS !== undefined ? env.GOVGRAPH_V8_FLAGS.split(/\s+/).filter(Boolean) : COMPILER_FLAGS;
  const flags = wanted.filter((f) => FLAG.test(f));
  for (const f of flags) setFlagsFromString(f);
  return flags;
}
