// The people who took part (any role) in the most meetings with a person: each with the number of
// distinct meetings they shared, most first, then by id.
// params: $id (the person), $first (how many)
MATCH (p:Person {id: $id})-[:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
WITH DISTINCT p, m
MATCH (m)<-[:CHAIRED|SPOKE_AT|ATTENDED]-(o:Person)
WHERE o <> p
WITH o.id AS personId, count(DISTINCT m) AS sharedMeetings
RETURN personId, sharedMeetings
ORDER BY sharedMeetings DESC, personId
LIMIT $first
