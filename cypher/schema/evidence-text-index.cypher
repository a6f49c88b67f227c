// Evidence sentences are searched (CONTAINS) through a TEXT index per relationship type.
// template: {{TYPE}} (a type from REL_ENDPOINTS), {{name}} (its lower-case name)
// params: none
CREATE TEXT INDEX {{name}}_evidence IF NOT EXISTS FOR ()-[r:{{TYPE}}]-() ON (r.evidence)
