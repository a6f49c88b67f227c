// List head: people (rows n, k, c), ordered by name or by the number of meetings they took part in.
// Followed by read/list-page or read/list-count.
// params: $cityCodes, $nameContains, $titles (exact stored titles, or null), $mf (meeting filter),
//         $byCount (count meetings), $requireMeetings (only people with a matching meeting)
MATCH (n:Person)
WHERE ($cityCodes IS NULL OR n.cityCode IN $cityCodes)
  AND ($nameContains IS NULL OR n.name CONTAINS $nameContains)
  AND ($titles IS NULL OR EXISTS { (n)-[:HELD]->(pos:Position) WHERE pos.title IN $titles })
WITH n, CASE WHEN $byCount OR $requireMeetings
  THEN size(COLLECT { MATCH (n)-[:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting) WHERE {{> meeting-filter}} RETURN DISTINCT m.id })
  ELSE null END AS c
WHERE NOT $requireMeetings OR c > 0
WITH n, c, CASE WHEN $byCount THEN c ELSE coalesce(n.name, '') END AS k
