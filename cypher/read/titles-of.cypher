// A person's titles (their positions' titles), each with its mean rank among the person's titles
// in the documents stating it (null when some relationship has no rank); by rank, then title.
// params: $id (the person), $documents ([string] or null: every document)
MATCH (:Person {id: $id})-[h:HELD]->(pos:Position)
WHERE $documents IS NULL OR h.document IN $documents
WITH coalesce(pos.title, h.title) AS title, h
WHERE title IS NOT NULL AND title <> ''
WITH title, collect(h.rank) AS ranks, count(h) AS n
RETURN title, CASE WHEN size(ranks) = n THEN toFloat(reduce(s = 0, x IN ranks | s + x)) / n END AS rank
ORDER BY rank, title
