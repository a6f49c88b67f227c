// A person's meetings over time: date, meeting, role and the sentence that says so. Namesakes in
// other cities are other people: the city column tells them apart.
// :param name => '苏明远'
MATCH (p:Person {name: $name})-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
RETURN p.city AS city, m.date AS date, m.name AS meeting, type(r) AS role, r.evidence AS evidence, r.document AS document
ORDER BY city, date, meeting, role
