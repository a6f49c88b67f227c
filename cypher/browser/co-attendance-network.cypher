// The co-attendance network of a city: the pairs of people who took part in the most meetings
// together, drawn with the meetings that join them.
// :param city => '岚州'
// :param pairs => 25
MATCH (a:Person)-[:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)<-[:CHAIRED|SPOKE_AT|ATTENDED]-(b:Person)
WHERE (m.city = $city OR m.cityCode = $city) AND a.id < b.id
WITH a, b, count(DISTINCT m) AS shared
ORDER BY shared DESC
LIMIT toInteger($pairs)
MATCH path = (a)-[:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)<-[:CHAIRED|SPOKE_AT|ATTENDED]-(b)
WHERE m.city = $city OR m.cityCode = $city
RETURN path
