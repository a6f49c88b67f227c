// Each node label's id is unique (and indexed).
// template: {{LABEL}} (a label from NODE_LABELS), {{name}} (its lower-case name)
// params: none
CREATE CONSTRAINT {{name}}_id_unique IF NOT EXISTS FOR (n:{{LABEL}}) REQUIRE n.id IS UNIQUE
