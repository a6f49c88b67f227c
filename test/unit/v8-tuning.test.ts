import { describe, expect, it } from 'vitest';
import { COMPILER_FLAGS, tuneCompiler } from '../../src/app/v8-tuning.js';

describe('tuneCompiler', () => {
  it('applies the compiler flags by default', () => {
    expect(tuneCompiler({})).toEqual(COMPILER_FLAGS);
  });

  it('GOVGRAPH_V8_FLAGS replaces them; empty leaves V8 its defaults; what is no flag is not applied', () => {
    expect(tuneCompiler({ GOVGRAPH_V8_FLAGS: '' })).toEqual([]);
    expect(tuneCompiler({ GOVGRAPH_V8_FLAGS: ' --interrupt-budget=300000   --no-turbo-inlining ' })).toEqual(['--interrupt-budget=300000', '--no-turbo-inlining']);
    expect(tuneCompiler({ GOVGRAPH_V8_FLAGS: 'interrupt-budget=1 --max-inlined-bytecode-size=1;x --a=$(b)' })).toEqual([]);
  });
});
