// name: attendance_graph
// description: The `attendance` answers as paths, for the graph view of Neo4j Browser: State-ATTENDED->Event,
//   or State<-AFFILIATED_WITH-Person-ATTENDED->Event. Same rule and parameters as `attendance`
//   (negated facts left out; no attendance through a person when the state itself is said not to
//   have attended); each path starts at the state and ends at the event.
// param state: string = null -- only this state key (ISO alpha-2); every state when null
// param event: string = null -- only this event key; every event when null
// param modality: string = null -- only asserted, reported or planned attendance; all when null
// param limit: integer = 500 -- at most this many rows (a year of news gives thousands), the earliest events first
// param skip: integer = 0 -- rows to pass over first: the next page is skip = limit
MATCH (e:Event)
WHERE $event IS NULL OR e.key = $event
CALL (e) {
  MATCH path = (s:State)-[r:ATTENDED]->(e)
  WHERE NOT r.negated
  RETURN s, r, path
  UNION
  MATCH path = (s:State)<-[a:AFFILIATED_WITH]-(:Person)-[r:ATTENDED]->(e)
  WHERE NOT r.negated AND NOT a.negated AND NOT EXISTS { (s)-[:ATTENDED {negated: true}]->(e) }
  RETURN s, r, path
}
WITH s, e, r, path
WHERE ($state IS NULL OR s.key = $state) AND ($modality IS NULL OR r.modality = $modality)
RETURN path
ORDER BY e.date, e.key, s.key, length(path)
SKIP $skip
LIMIT $limit
