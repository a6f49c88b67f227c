// Stored position titles ending with a title (candidates for tenure.ts titleMatches).
// params: $title
MATCH (pos:Position)
WHERE pos.title ENDS WITH $title
RETURN DISTINCT pos.title AS title
