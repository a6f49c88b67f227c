// Number of relationships of a type.
// template: {{TYPE}}
// params: none
MATCH ()-[r:{{TYPE}}]->() RETURN count(r) AS count
