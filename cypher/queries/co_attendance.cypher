// name: co_attendance
// description: Pairs of states that attended the same events, weighted by the number of events,
//   with the attendance rule of the `attendance` query (directly or through an affiliated person,
//   negated facts left out).
// param min_events: integer = 1 -- only pairs sharing at least this many events
MATCH (e:Event)
CALL (e) {
  MATCH (s:State)-[r:ATTENDED]->(e)
  WHERE NOT r.negated
  RETURN s
  UNION
  MATCH (p:Person)-[r:ATTENDED]->(e)
  WHERE NOT r.negated
  MATCH (p)-[a:AFFILIATED_WITH]->(s:State)
  WHERE NOT a.negated AND NOT EXISTS { (s)-[:ATTENDED {negated: true}]->(e) }
  RETURN s
}
WITH e, collect(s) AS states
UNWIND states AS a
UNWIND states AS b
WITH a, b, e
WHERE a.key < b.key
WITH a, b, count(e) AS weight, collect(e.key) AS events
WHERE weight >= toInteger($min_events)
RETURN a.key AS state_a,
       b.key AS state_b,
       a.name AS state_a_name,
       b.name AS state_b_name,
       weight,
       events
ORDER BY weight DESC, state_a, state_b
