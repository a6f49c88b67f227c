// Nodes of one label by id, batched.
// template: {{LABEL}}
// params: $ids [string]
UNWIND $ids AS id
MATCH (n:{{LABEL}} {id: id})
RETURN n.id AS id, properties(n) AS props
