import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { dictionaryPaths, jiebaBinding, jiebaInstance, jiebaOptions, liteBindingPath, preloadSegmenter, segmenterDictionaries } from '../../src/pipeline/segment.js';

/**
 * jieba-lite (native/jieba-lite, built by npm's postinstall) must segment exactly as nodejieba's
 * binding does: it is the same cppjieba Jieba without the TextRank extractor that doubles the load.
 */
const MADE_UP = [
  '3月5日，某某县委副书记、县长王一民主持召开县政府第12次常务会议，副县长李二山、赵三水出席。',
  '会议审议通过了《某某县农村人居环境整治提升五年行动方案(2021-2025年)》。',
  '常务副县长钱立新在会上强调，要抓好安全生产、森林防火和防汛抗旱工作。',
  '巴特尔那顺、洛桑江村、艾尔肯·吐尼亚孜等同志列席会议。',
  '(记者 孙文 通讯员 周平) 责任编辑：吴小雨',
  '',
  '市委常委会召开扩大会议，传达学习全国两会精神；市人大常委会、市政协主要负责同志列席。',
];

const dev = resolve(__dirname, '../../../shared/corpus/dev');
const devPresent = existsSync(dev);
if (!devPresent) console.warn(`[segment] the dev articles are not at ${dev}: jieba-lite is compared with nodejieba on made-up sentences only`);

describe('jieba-lite', () => {
  it('is built (npm ci runs native/jieba-lite/build.mjs) and is the binding govgraph uses', () => {
    expect(existsSync(liteBindingPath()), `${liteBindingPath()} is missing: run \`node native/jieba-lite/build.mjs\``).toBe(true);
    expect(jiebaBinding().binding).toBe('lite');
    expect(jiebaBinding('nodejieba').binding).toBe('nodejieba');
    // GOVGRAPH_JIEBA=nodejieba asks for nodejieba's binding (what a machine without a compiler gets)
    const before = process.env.GOVGRAPH_JIEBA;
    process.env.GOVGRAPH_JIEBA = 'nodejieba';
    try {
      expect(jiebaBinding().binding).toBe('nodejieba');
    } finally {
      if (before === undefined) delete process.env.GOVGRAPH_JIEBA;
      else process.env.GOVGRAPH_JIEBA = before;
    }
  });

  it('cuts (with and without HMM) and tags exactly as nodejieba does', () => {
    const lite = jiebaInstance();
    const nj = jiebaBinding('nodejieba');
    nj.load(jiebaOptions());
    const sentences = [...MADE_UP];
    if (devPresent) for (const f of readdirSync(dev).filter((x) => x.endsWith('.txt')).sort()) sentences.push(...readFileSync(join(dev, f), 'utf8').split(/[。\n]/));
    let compared = 0;
    for (const s of sentences) {
      expect(lite.cut(s, true), s).toEqual(nj.cut(s, true));
      expect(lite.cut(s, false), s).toEqual(nj.cut(s, false));
      expect(lite.tag(s), s).toEqual(nj.tag(s));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(MADE_UP.length);
    // the user dictionary is loaded: a title is one word
    expect(lite.cut('常务副县长主持会议', false)[0]).toBe('常务副县长');
  });
});

/** Threads that load jieba-lite's binding and cut `lines` at once (CommonJS, no loader needed). */
function cutInThreads(threads: number, lines: string[]): Promise<Array<{ cuts: string[][]; loaded: number }>> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const lite = require(workerData.binding);
    lite.load(...workerData.paths);
    parentPort.postMessage({ cuts: workerData.lines.map((l) => lite.cut(l, true)), loaded: lite.loaded() });`;
  return Promise.all(
    Array.from({ length: threads }, () => {
      const w = new Worker(code, { eval: true, workerData: { binding: liteBindingPath(), paths: dictionaryPaths(jiebaOptions()), lines } });
      return new Promise<{ cuts: string[][]; loaded: number }>((resolve, reject) => {
        w.once('message', resolve);
        w.once('error', reject);
      });
    }),
  );
}

describe('jieba-lite in several threads', () => {
  it('loads one dictionary per process: preloaded here, found by the threads, which cut at once as this thread does', async () => {
    await preloadSegmenter();
    expect(segmenterDictionaries()).toBe(1);
    const lines = [...MADE_UP];
    if (devPresent) for (const f of readdirSync(dev).filter((x) => x.endsWith('.txt')).sort()) lines.push(...readFileSync(join(dev, f), 'utf8').split('\n'));
    const here = lines.map((l) => jiebaInstance().cut(l, true));
    const threads = await cutInThreads(3, lines);
    for (const t of threads) {
      // every thread found the one dictionary the process holds, and cut with it as this thread does
      expect(t.loaded).toBe(1);
      expect(t.cuts).toEqual(here);
    }
    expect(segmenterDictionaries()).toBe(1);
  });

  it('preload() loads the dictionary off the calling thread: a fresh process holds none before, one after, and load() then adds none', () => {
    const code = `
      const lite = require(process.argv[1]);
      const paths = JSON.parse(process.argv[2]);
      const before = lite.loaded();
      lite.preload(...paths).then(() => {
        const afterPreload = lite.loaded();
        lite.load(...paths);
        console.log(JSON.stringify([before, afterPreload, lite.loaded(), lite.cut('常务副县长主持会议', false)[0]]));
      });`;
    const r = spawnSync(process.execPath, ['-e', code, liteBindingPath(), JSON.stringify(dictionaryPaths(jiebaOptions()))], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([0, 1, 1, '常务副县长']);
  });
});
