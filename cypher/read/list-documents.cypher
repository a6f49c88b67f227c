// List head: documents (rows n, k, c), ordered by publication date.
// Followed by read/list-page or read/list-count.
// params: $cityCodes, $from, $to
MATCH (n:Document)
WHERE ($cityCodes IS NULL OR n.cityCode IN $cityCodes)
  AND ($from IS NULL OR (n.publishedAt >= $from AND n.publishedAt < 'A'))
  AND ($to IS NULL OR (n.publishedAt <= $to AND n.publishedAt < 'A'))
WITH n, null AS c, coalesce(n.publishedAt, '') AS k
