// List tail: one keyset page of a list head's rows (n, k, c), ascending or descending by k, then id.
// params: $desc, $afterK and $afterId (the cursor; null for the first page), $limit
WITH n, k, c
WHERE $afterId IS NULL
   OR (CASE WHEN $desc THEN k < $afterK ELSE k > $afterK END)
   OR (k = $afterK AND n.id > $afterId)
RETURN n.id AS id, properties(n) AS props, k, c
ORDER BY CASE WHEN $desc THEN null ELSE k END ASC, CASE WHEN $desc THEN k ELSE null END DESC, n.id ASC
LIMIT $limit
