// List head: meetings (rows n, k, c), ordered by date or by the number of participants.
// Followed by read/list-page or read/list-count.
// params: $mf (meeting filter), $byCount
MATCH (m:Meeting)
WHERE {{> meeting-filter}}
WITH m AS n, CASE WHEN $byCount
  THEN size(COLLECT { MATCH (p:Person)-[:CHAIRED|SPOKE_AT|ATTENDED]->(m) RETURN DISTINCT p.id })
  ELSE null END AS c
WITH n, c, CASE WHEN $byCount THEN c ELSE coalesce(n.date, '') END AS k
