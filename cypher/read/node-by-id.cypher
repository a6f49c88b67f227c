// One node's properties.
// template: {{LABEL}}
// params: $id
MATCH (n:{{LABEL}} {id: $id}) RETURN properties(n) AS props
