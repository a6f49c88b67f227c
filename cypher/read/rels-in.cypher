// Relationships ending at nodes of one label, batched, with their provenance.
// template: {{LABEL}}
// params: $ids [string], $types ([string] or null: every type), $others ([string] or null: any other end)
UNWIND $ids AS id
MATCH (b:{{LABEL}} {id: id})<-[r]-(a)
WHERE ($types IS NULL OR type(r) IN $types) AND ($others IS NULL OR a.id IN $others)
RETURN b.id AS key, a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
