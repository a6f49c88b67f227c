// Relationships of one type whose evidence sentence contains the text.
// template: {{TYPE}}
// params: $text, $limit
MATCH (a)-[r:{{TYPE}}]->(b)
WHERE r.evidence CONTAINS $text
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY r.document, from, to
LIMIT $limit
