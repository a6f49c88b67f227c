/**
 * What a report says, before any format: titled sections of tables whose cells carry their
 * evidence, and pictures (a co-attendance network, a timeline, a heat map). Every renderer (md,
 * csv, html, json) reads this; the big tables are async iterables, so a report over thousands of
 * meetings streams with bounded memory.
 */
import type { DocumentView, Evidence } from '../domain/index.js';

export type ReportKind = 'attendance' | 'person' | 'meeting' | 'city';

export interface Cell {
  text: string;
  /** The sentences that say it (shown on hover in HTML, as footnotes in Markdown, as columns in CSV). */
  evidence?: Evidence[];
}

export interface Table {
  columns: string[];
  /** Rows, possibly streamed from the store. */
  rows: Iterable<Cell[]> | AsyncIterable<Cell[]>;
}

export interface NetworkPicture {
  nodes: Array<{ id: string; label: string; size: number; x: number; y: number; detail: string }>;
  edges: Array<{ source: string; target: string; weight: number }>;
}

export interface TimelinePicture {
  points: Array<{ date: string; label: string; group: string }>;
}

export interface HeatmapPicture {
  rows: string[];
  columns: string[];
  /** values[row][column] */
  values: number[][];
}

export interface Section {
  title: string;
  note?: string;
  table?: Table;
  network?: NetworkPicture;
  timeline?: TimelinePicture;
  heatmap?: HeatmapPicture;
}

export interface Report {
  kind: ReportKind;
  title: string;
  /** What was asked: city, period, person, meeting. */
  scope: Record<string, string>;
  sections: Section[];
  /** The section whose table is the CSV output. */
  primary: number;
  /** The documents the evidence comes from, for source links (filled as rows are read). */
  documents: Map<string, DocumentView>;
}
