// Which of these documents are already stored (same text = same id: ingesting again changes nothing).
// params: $ids [string]
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id
