// Relationships of one type for documents created in this same transaction. A relationship is
// keyed by (type, from, to, document) and its document is new, so none of them can exist yet:
// CREATE (rows are unique, deduplicated by the caller), each with its provenance.
// template: {{TYPE}} (a type from REL_ENDPOINTS), {{FROM}} and {{TO}} (its endpoint labels)
// params: $rows [{from, to, document, evidence, evidenceOriginal, rule, confidence, props}]
UNWIND $rows AS row
MATCH (a:{{FROM}} {id: row.from})
MATCH (b:{{TO}} {id: row.to})
CREATE (a)-[r:{{TYPE}}]->(b)
SET r = row.props, r.document = row.document, r.evidence = row.evidence, r.evidenceOriginal = row.evidenceOriginal,
    r.rule = row.rule, r.confidence = row.confidence
