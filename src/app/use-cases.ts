/**
 * The questions users ask of the graph, answered once for the CLI, the API and the reports
 * (each of them only parses its input and formats this module's answers).
 */
import { GovgraphError, whoHeld, type WhoHeld } from '../domain/index.js';
import type { GraphStore } from '../storage/index.js';

export interface WhoHeldQuestion {
  title: string;
  city: string;
  /** YYYY-MM-DD */
  date: string;
}

/** Who held a title in a city on a day: tenure facts folded from the titles articles give. */
export async function whoHeldTitle(store: GraphStore, q: WhoHeldQuestion): Promise<WhoHeld> {
  if (!q.title.trim()) throw new GovgraphError('BAD_INPUT', 'give a title (e.g. 市长)');
  if (!q.city.trim()) throw new GovgraphError('BAD_INPUT', 'give a city (e.g. 临汾)');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(q.date)) throw new GovgraphError('BAD_INPUT', `the date must be YYYY-MM-DD (got ${q.date})`);
  return whoHeld(await store.titleObservations({ city: q.city }), q.title, q.date);
}
