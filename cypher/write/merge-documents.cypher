// Document nodes of a batch.
// params: $rows [{id, props}]
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d = row.props, d.id = row.id
