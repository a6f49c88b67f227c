// Full-text search over names and titles (Chinese text: the CJK analyzer).
// params: none
CREATE FULLTEXT INDEX govgraph_names IF NOT EXISTS
FOR (n:Person|Meeting|Plan|City|Position)
ON EACH [n.name, n.title, n.fullName]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }
