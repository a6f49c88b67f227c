// Ids of every stored document, sorted.
// params: none
MATCH (d:Document) RETURN d.id AS id ORDER BY id
