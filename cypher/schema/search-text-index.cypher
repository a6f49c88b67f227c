// Full-text search reads each node's _search text (name or title, full name, aliases) through a
// TEXT index, which answers CONTAINS.
// template: {{LABEL}} (a label from NODE_LABELS), {{name}} (its lower-case name)
// params: none
CREATE TEXT INDEX {{name}}_search IF NOT EXISTS FOR (n:{{LABEL}}) ON (n._search)
