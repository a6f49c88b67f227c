// The evidence of one relationship: for a person and a meeting (part of its name), every document
// that says the person took part — the sentence, the rule that read it, its confidence, the source.
// :param person => '苏明远'
// :param meeting => '第十二次常务会议'
MATCH (p:Person {name: $person})-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
WHERE m.name CONTAINS $meeting
OPTIONAL MATCH (d:Document {id: r.document})
RETURN m.name AS meeting, m.date AS date, type(r) AS role, r.evidence AS sentence, r.rule AS rule, r.confidence AS confidence, d.title AS document, d.source AS source, d.url AS url
ORDER BY date, role
