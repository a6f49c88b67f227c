// Document nodes of a batch; returns which were created by this transaction. MERGE under the
// unique constraint locks the id, so of two writers racing on one text only one creates it (the
// other sees it stored and writes nothing for it). _search: the title, for full-text search.
// params: $rows [{id, props, search}]
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d = row.props, d.id = row.id, d._search = row.search, d.`_new` = true
WITH d, d.`_new` = true AS created
REMOVE d.`_new`
RETURN d.id AS id, created
