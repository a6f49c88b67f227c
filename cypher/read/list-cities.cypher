// List head: cities (rows n, k, c), ordered by name or by the number of meetings held there.
// Followed by read/list-page or read/list-count.
// params: $nameContains, $byCount
MATCH (n:City)
WHERE $nameContains IS NULL OR n.name CONTAINS $nameContains OR coalesce(n.fullName, '') CONTAINS $nameContains
WITH n, CASE WHEN $byCount THEN COUNT { MATCH (m:Meeting) WHERE m.cityCode = n.adminCode } ELSE null END AS c
WITH n, c, CASE WHEN $byCount THEN c ELSE coalesce(n.name, '') END AS k
