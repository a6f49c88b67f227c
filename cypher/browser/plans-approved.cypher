// Plans approved by a city's meetings in a year: the plan, the meeting, its date, and the
// sentence that says the meeting approved it (审议通过, 原则通过, 会议同意 …).
// :param city => '岚州'
// :param year => '2025'
MATCH (m:Meeting)-[r:APPROVED]->(plan:Plan)
WHERE (m.city = $city OR m.cityCode = $city) AND m.date STARTS WITH $year
RETURN m.date AS date, m.name AS meeting, plan.title AS plan, plan.kind AS kind, r.evidence AS evidence
ORDER BY date, meeting, plan
