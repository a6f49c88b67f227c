// Ids of every stored document.
// params: none
MATCH (d:Document) RETURN d.id AS id
