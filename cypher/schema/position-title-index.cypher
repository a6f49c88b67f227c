// Positions are looked up by title (who was 市长 of a city on a day).
// params: none
CREATE INDEX position_title IF NOT EXISTS FOR (n:Position) ON (n.title)
