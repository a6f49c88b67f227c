// Every relationship touching a node, with its properties (provenance included).
// template: {{LABEL}}
// params: $id
MATCH (n:{{LABEL}} {id: $id})-[r]-()
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props
