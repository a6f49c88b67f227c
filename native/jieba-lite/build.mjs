// npm's postinstall: build jieba-lite (binding.gyp here) with the node-gyp npm ships. Never fails
// the install: without a compiler govgraph uses nodejieba's binding, whose start is slower.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** node-gyp as npm hands it to install scripts, else the copy inside npm next to this node. */
function nodeGyp() {
  const candidates = [process.env.npm_config_node_gyp, join(dirname(process.execPath), '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js')];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

const gyp = nodeGyp();
if (!gyp) {
  console.log('govgraph: node-gyp not found; jieba-lite not built (nodejieba\'s binding is used: same words, slower start)');
} else {
  // (node's own headers where this node is installed, when npm does not say where they are: no download)
  const prefix = join(dirname(process.execPath), '..');
  const nodedir = !process.env.npm_config_nodedir && existsSync(join(prefix, 'include/node/node_api.h')) ? [`--nodedir=${prefix}`] : [];
  const r = spawnSync(process.execPath, [gyp, 'rebuild', ...nodedir], { cwd: here, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status === 0) console.log('govgraph: built jieba-lite (the segmenter without nodejieba\'s unused keyword extractor)');
  else {
    const why = (r.stderr ?? '').trim().split('\n').filter((l) => /error/i.test(l)).slice(-3).join('\n  ');
    console.log(`govgraph: jieba-lite did not build (nodejieba's binding is used: same words, slower start)${why ? `\n  ${why}` : ''}`);
  }
}
