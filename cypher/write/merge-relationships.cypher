// Relationships of one type, one per supporting document, each with its provenance.
// template: {{TYPE}} (a type from REL_ENDPOINTS), {{FROM}} and {{TO}} (its endpoint labels)
// params: $rows [{from, to, document, evidence, rule, confidence, props}]
UNWIND $rows AS row
MATCH (a:{{FROM}} {id: row.from})
MATCH (b:{{TO}} {id: row.to})
MERGE (a)-[r:{{TYPE}} {document: row.document}]->(b)
ON CREATE SET r.evidence = row.evidence, r.rule = row.rule, r.confidence = row.confidence, r += row.props
