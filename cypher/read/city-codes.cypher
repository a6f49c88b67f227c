// The codes of every City a reader's name for a city names (short name, full name or code).
// params: $ref
MATCH (c:City)
WHERE c.name = $ref OR c.fullName = $ref OR c.adminCode = $ref
RETURN DISTINCT c.adminCode AS code
ORDER BY code
