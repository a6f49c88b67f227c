import { resolve } from 'node:path';
import { ingest, usePlaces } from '../../src/app/index.js';
import type { GraphStore } from '../../src/storage/index.js';
import { batchOf, later, otherCity, outletA, outletB } from './articles.js';

/** The project's own sample articles (examples/: a fictional city) and the places file they need. */
export const SAMPLE_ARTICLES = resolve(__dirname, '../../examples/articles');
export const SAMPLE_PLACES = resolve(__dirname, '../../examples/places.json');

/** A store filled with the sample articles and the test articles (fixed ingestedAt: equal dumps). */
export async function fillWithSamples(store: GraphStore): Promise<void> {
  const places = usePlaces(SAMPLE_PLACES);
  const s = await ingest({ inputs: [SAMPLE_ARTICLES], store, places, workers: 0, ingestedAt: '2026-01-01T00:00:00.000Z' });
  if (s.documents.new !== 6) throw new Error(`the samples gave ${s.documents.new} documents: ${JSON.stringify(s.failures)}`);
  await store.upsert([batchOf(outletA, 'a.txt'), batchOf(outletB, 'b.txt'), batchOf(otherCity, 'c.txt'), batchOf(later, 'd.txt')]);
}
