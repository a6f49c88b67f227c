// Remove the relationships of one type that a document supported; returns their endpoints.
// template: {{TYPE}} (a type from REL_ENDPOINTS)
// params: $id (document id)
MATCH (a)-[r:{{TYPE}} {document: $id}]->(b)
WITH r, a.id AS from, b.id AS to
DELETE r
RETURN from, to
