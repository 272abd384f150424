// name: attendance_graph
// description: Who attended which event and who was or was not invited, as paths for the graph view of
//   Neo4j Browser: State-ATTENDED->Event, State<-AFFILIATED_WITH-Person-ATTENDED->Event and
//   State-INVITED->Event. The attendance paths are the `attendance` answers (no attendance through a
//   person when the state itself is said not to have attended); beside them, what a source denies
//   (not invited, not attended) and every invitation. Each relationship is captioned by its label in
//   the athar style, so "not invited", "not attended", "planned: attends" and "reported: attended"
//   read as such. The earliest events first; each path starts at the state and ends at the event.
// param state: string = null -- only this state key (ISO alpha-2); every state when null
// param event: string = null -- only this event key; every event when null
// param modality: string = null -- only asserted, reported or planned facts; all when null
// param limit: integer = 25 -- at most this many paths, the earliest events first: a picture that stays readable
//   (100 paths of a large corpus are a hundred dots); `attendance` gives the rows in bulk
// param skip: integer = 0 -- rows to pass over first: the next page is skip = limit
MATCH (s:State)
WHERE $state IS NULL OR s.key = $state
CALL (s) {
  MATCH path = (s)-[r:ATTENDED|INVITED]->(e:Event)
  RETURN e, r, null AS via, null AS affiliation, path
  UNION ALL
  MATCH path = (s)<-[a:AFFILIATED_WITH]-(p:Person)-[r:ATTENDED]->(e:Event)
  WHERE NOT r.negated AND NOT a.negated AND NOT EXISTS { (s)-[:ATTENDED {negated: true}]->(e) }
  RETURN e, r, p AS via, a AS affiliation, path
}
WITH s, e, r, via, affiliation, path
WHERE ($event IS NULL OR e.key = $event) AND ($modality IS NULL OR r.modality = $modality)
RETURN path
ORDER BY toString(e.date), e.key, s.key, via.key, type(r), r.negated, r.modality, affiliation.modality
SKIP toInteger($skip)
LIMIT toInteger($limit)
