// Who attended what in a city and month: the city's meetings held that month, with the people who
// chaired (主持), spoke (讲话) or attended (出席/列席) them. Shown as a graph: people around meetings.
// Click a relationship to read its evidence sentence (evidence), rule and source document.
// :param city => '岚州'
// :param month => '2025-03'
MATCH (m:Meeting)
WHERE (m.city = $city OR m.cityCode = $city) AND m.status = 'held' AND m.date STARTS WITH $month
MATCH (p:Person)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m)
RETURN m, r, p
