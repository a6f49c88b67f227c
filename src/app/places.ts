import { readFileSync } from 'node:fs';
// place.js alone (not the pipeline's index): a command whose threads extract need not load the rest here
import { addPlaces, parsePlaces, type ExtraPlace } from '../pipeline/place.js';

/**
 * Places the division data does not know, from a JSON file (--places FILE, or GOVGRAPH_PLACES):
 * added to this thread's gazetteer and returned, so extraction threads can add them too.
 */
export function usePlaces(path: string | undefined): ExtraPlace[] {
  if (!path) return [];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read the places file ${path}: ${(e as Error).message}`);
  }
  const places = parsePlaces(text, path);
  addPlaces(places);
  return places;
}
