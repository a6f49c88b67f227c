// List head: plans (rows n, k, c), ordered by title or by the number of meetings that acted on them.
// Followed by read/list-page or read/list-count.
// params: $kind, $year, $titleContains, $mf (meeting filter), $byCount, $requireMeetings
MATCH (n:Plan)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($year IS NULL OR n.year = $year)
  AND ($titleContains IS NULL OR n.title CONTAINS $titleContains)
WITH n, CASE WHEN $byCount OR $requireMeetings
  THEN size(COLLECT { MATCH (m:Meeting)-[:APPROVED|REVIEWED|STUDIED_PLAN]->(n) WHERE {{> meeting-filter}} RETURN DISTINCT m.id })
  ELSE null END AS c
WHERE NOT $requireMeetings OR c > 0
WITH n, c, CASE WHEN $byCount THEN c ELSE coalesce(n.title, '') END AS k
