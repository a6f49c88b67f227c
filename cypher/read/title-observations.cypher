// Every observation of a title held in a city (by short or full name), for tenure questions.
// params: $city
MATCH (p:Person)-[h:HELD]->(pos:Position)
WHERE pos.city = $city OR EXISTS { (pos)-[:IN_CITY]->(c:City) WHERE c.name = $city OR c.fullName = $city }
RETURN p.id AS personId, p.name AS name, pos.id AS positionId, pos.title AS title,
       pos.city AS city, pos.cityCode AS cityCode, h.asOf AS asOf, h.document AS document
