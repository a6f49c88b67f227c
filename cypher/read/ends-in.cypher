// The ends of relationships ending at nodes of one label, batched, without their evidence
// (with their type-specific values: HELD's title, asOf, rank).
// template: {{LABEL}}
// params: $ids [string], $types ([string] or null: every type)
UNWIND $ids AS id
MATCH (b:{{LABEL}} {id: id})<-[r]-(a)
WHERE $types IS NULL OR type(r) IN $types
RETURN b.id AS key, a.id AS from, type(r) AS type, b.id AS to, r.document AS document, r {.title, .asOf, .rank} AS props
