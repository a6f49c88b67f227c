// The shortest connection between two officials through the meetings they took part in (at most
// eight steps): who links them, and at which meetings.
// :param from => '苏明远'
// :param to => '方念慈'
MATCH (a:Person {name: $from}), (b:Person {name: $to})
WHERE a <> b
MATCH path = shortestPath((a)-[:CHAIRED|SPOKE_AT|ATTENDED*..8]-(b))
RETURN path
