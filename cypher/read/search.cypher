// Full text over one label: nodes whose search text (name or title, full name, aliases) contains
// the text, ranked 0 the name is it, 1 starts with it, 2 contains it, 3 only another text does.
// template: {{LABEL}}
// params: $text, $limit
MATCH (n:{{LABEL}})
WHERE n._search CONTAINS $text
WITH n, coalesce(n.name, n.title, '') AS primary
RETURN n.id AS id, properties(n) AS props,
       CASE WHEN primary = $text THEN 0 WHEN primary STARTS WITH $text THEN 1 WHEN primary CONTAINS $text THEN 2 ELSE 3 END AS rank,
       size(primary) AS len
ORDER BY rank, len, id
LIMIT $limit
