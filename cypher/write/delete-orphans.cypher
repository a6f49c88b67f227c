// Remove nodes of one label left with no relationship (the facts only a retracted document supported).
// template: {{LABEL}} (a label from NODE_LABELS)
// params: $ids [string]
UNWIND $ids AS id
MATCH (n:{{LABEL}} {id: id})
WHERE NOT (n)--()
DELETE n
RETURN count(n) AS deleted
