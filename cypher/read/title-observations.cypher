// Every observation of a title held in a city (by short name, or a city code), for tenure questions.
// params: $city, $codes [string]
MATCH (p:Person)-[h:HELD]->(pos:Position)
WHERE pos.city = $city OR pos.cityCode IN $codes
RETURN p.id AS personId, p.name AS name, pos.id AS positionId, pos.title AS title,
       pos.city AS city, pos.cityCode AS cityCode, h.asOf AS asOf, h.document AS document
ORDER BY document, personId, positionId
