// Relationships are found by the document that supports them (retract, provenance).
// template: {{TYPE}} (a type from REL_ENDPOINTS), {{name}} (its lower-case name)
// params: none
CREATE INDEX {{name}}_document IF NOT EXISTS FOR ()-[r:{{TYPE}}]-() ON (r.document)
