// Nodes of one label in id order, a page at a time (exports, canonical dumps).
// template: {{LABEL}}
// params: $after (the last id of the previous page, '' at first), $limit
MATCH (n:{{LABEL}})
WHERE n.id > $after
RETURN n.id AS id, properties(n) AS props
ORDER BY n.id
LIMIT $limit
