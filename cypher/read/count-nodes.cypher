// Number of nodes with a label.
// template: {{LABEL}}
// params: none
MATCH (n:{{LABEL}}) RETURN count(n) AS count
