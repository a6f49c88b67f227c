import { readFileSync } from 'node:fs';
import { decode } from 'src/pipeline/decode.ts';
import { normalise } from 'src/pipeline/normalise.ts';
for (const f of process.argv.slice(2)) {
  const d = decode(readFileSync(f));
  if (!d.ok) { console.log(f, d.reason); continue; }
  const n = normalise(d.text);
  console.log('=====', f, JSON.stringify(n.meta), n.script);
  console.log(n.diagnostics.map(x=>x.message).join('\n'));
  console.log(n.text.slice(0, Number(process.env.N ?? 600)));
}
