/** Domain model of an extraction: plain data, no I/O, no library types. */

export type RelationType =
  | 'CHAIRED'
  | 'SPOKE_AT'
  | 'ATTENDED'
  | 'APPROVED'
  | 'REVIEWED'
  | 'STUDIED'
  | 'REPORTED'
  | 'EDITED'
  | 'HELD_IN';

/** How sure a diagnostic is that something went wrong. */
export type Severity = 'info' | 'warning' | 'error';

/** What a stage repaired, dropped or doubted. Stages never throw on bad text; they report here. */
export interface Diagnostic {
  stage: 'decode' | 'normalise' | 'extract';
  code: string;
  message: string;
  severity: Severity;
  /** Offset in the original decoded text, when the diagnostic concerns one place. */
  offset?: number;
}

export interface Span {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
}

export interface DocumentInfo {
  id: string;
  source: string;
  title: string | null;
  publishedAt: string | null;
  city: string | null;
  /** Full gazetteer record of the city, when one matched. */
  place: PlaceRef | null;
  /** Declared or detected input encoding. */
  encoding: string;
  /** 'simplified' | 'traditional' | 'mixed' */
  script: string;
  sha256: string;
  sourceName: string | null;
}

export interface PlaceRef {
  name: string;
  fullName: string;
  province: string;
  adminCode: string;
  level: 'province' | 'city' | 'county';
}

export interface PersonOut {
  id: string;
  name: string;
  /** The name as written in the original (script, glosses), when that differs. */
  surface?: string;
  titles: string[];
  /** For each title, the sentence that gives it. */
  titleEvidence?: Record<string, string>;
  role: 'official' | 'staff' | 'other';
}

export interface MeetingOut {
  id: string;
  name: string;
  kind: string;
  ordinal: string | null;
  date: string | null;
  datePrecision: 'day' | 'month-day' | null;
  city: string | null;
  format: string | null;
  /** held: reported as taking place; referenced: studied or mentioned. */
  status: 'held' | 'referenced';
  parts?: string[];
  /** Other names the article gives the same meeting (a generic and a specific name). */
  aliases?: string[];
}

export interface PlanOut {
  id: string;
  title: string;
  kind: string | null;
  year: number | null;
  aliases: string[];
}

export interface RelationOut {
  type: RelationType;
  from: string;
  to: string;
  evidence: string;
  /** The evidence as written in the original text (original script, before repairs), when it differs. */
  evidenceOriginal?: string;
  /** The id of the rule that read it (src/pipeline/rules.ts), exactly. */
  rule: string;
  /** For a person's part in a meeting: the rule that read the person's name. */
  nameRule?: string;
  confidence: number;
  /** Where the evidence is in the normalised text; absent for a page line outside it (a byline in the page header). */
  span?: Span;
}

export interface ExtractionRecord {
  document: DocumentInfo;
  people: PersonOut[];
  meetings: MeetingOut[];
  plans: PlanOut[];
  relations: RelationOut[];
  diagnostics: Diagnostic[];
}
