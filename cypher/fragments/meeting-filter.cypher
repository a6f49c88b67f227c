// Fragment: the meeting filter (domain/queries.ts MeetingFilter) on a meeting bound as `m`.
// params: $mf {id, cityCodes, kind, from, to, status, nameContains, person} — a missing key is no condition.
// A date range never matches a meeting whose year is unknown: XXXX-… sorts after every digit, and
// `< 'A'` keeps only dates that start with one (the SQLite adapter says the same).
($mf.id IS NULL OR m.id = $mf.id)
AND ($mf.cityCodes IS NULL OR m.cityCode IN $mf.cityCodes)
AND ($mf.kind IS NULL OR m.kind = $mf.kind)
AND ($mf.from IS NULL OR (m.date >= $mf.from AND m.date < 'A'))
AND ($mf.to IS NULL OR (m.date <= $mf.to AND m.date < 'A'))
AND ($mf.status IS NULL OR m.status = $mf.status)
AND ($mf.nameContains IS NULL OR m.name CONTAINS $mf.nameContains OR any(a IN coalesce(m.aliases, []) WHERE a CONTAINS $mf.nameContains))
AND ($mf.person IS NULL OR EXISTS { (:Person {id: $mf.person})-[:CHAIRED|SPOKE_AT|ATTENDED]->(m) })
