// How many attendance rows (person, role, meeting) match.
// params: $mf (meeting filter), $personId, $roles (list or null)
MATCH (p:Person)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
WHERE {{> meeting-filter}}
  AND ($personId IS NULL OR p.id = $personId)
  AND ($roles IS NULL OR type(r) IN $roles)
RETURN count(DISTINCT [p.id, type(r), m.id]) AS n
