// Nodes of one label. The first value of a property stays, a missing one is filled, lists are
// unioned, a meeting any document reports as held is held (src/storage/merge.ts: the same rule).
// Then the node's search text (_search: name or title, full name, aliases, one per line; read by
// read/search through a TEXT index) is brought up to date. A node seen again is written only
// where something changes (no needless writes at commit).
// template: {{LABEL}} (a label from NODE_LABELS)
// params: $rows [{id, props, keys}] — keys: the names of props's scalar (non-list) values
UNWIND $rows AS row
MERGE (n:{{LABEL}} {id: row.id})
ON CREATE SET n = row.props, n.id = row.id
WITH n, row, [x IN coalesce(row.props.aliases, []) WHERE NOT x IN coalesce(n.aliases, [])] AS newAliases
FOREACH (_ IN CASE WHEN size(newAliases) > 0 THEN [1] ELSE [] END | SET n.aliases = coalesce(n.aliases, []) + newAliases)
FOREACH (_ IN CASE WHEN row.props.status = 'held' AND coalesce(n.status, '') <> 'held' THEN [1] ELSE [] END | SET n.status = 'held')
WITH n, row
CALL (n, row) {
  UNWIND [k IN row.keys WHERE n[k] IS NULL AND row.props[k] IS NOT NULL] AS k
  SET n[k] = row.props[k]
}
WITH n, [x IN [coalesce(n.name, n.title), n.fullName] + coalesce(n.aliases, []) WHERE x IS NOT NULL AND x <> ''] AS texts
WITH n, reduce(s = '', x IN texts | CASE WHEN s = '' THEN x ELSE s + '\n' + x END) AS search
FOREACH (_ IN CASE WHEN n._search IS NULL OR n._search <> search THEN [1] ELSE [] END | SET n._search = search)
