// Nodes of one label. The first value of a property stays, a missing one is filled, lists are
// unioned, a meeting any document reports as held is held (src/storage/merge.ts: the same rule).
// template: {{LABEL}} (a label from NODE_LABELS)
// params: $rows [{id, props, keys}] — keys: the names of props's scalar (non-list) values
UNWIND $rows AS row
MERGE (n:{{LABEL}} {id: row.id})
ON CREATE SET n = row.props, n.id = row.id
ON MATCH SET
  n.aliases = CASE WHEN row.props.aliases IS NULL THEN n.aliases
                   ELSE coalesce(n.aliases, []) + [x IN row.props.aliases WHERE NOT x IN coalesce(n.aliases, [])] END,
  n.status = CASE WHEN row.props.status = 'held' OR n.status = 'held' THEN 'held' ELSE coalesce(n.status, row.props.status) END
WITH n, row
UNWIND [k IN row.keys WHERE n[k] IS NULL AND row.props[k] IS NOT NULL] AS k
SET n[k] = row.props[k]
