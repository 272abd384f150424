// name: event_graph
// description: Everything said about events as a graph, for Neo4j Browser: who hosted, organised,
//   chaired, attended or funded each event, who was or was not invited, where it was held, negated
//   facts included. Each relationship is captioned by its label in the athar style, so "not invited"
//   and "planned: attends" read as such. The events with the most facts first (then key).
// param event: string = null -- only this event key; every event when null
// param limit: integer = 40 -- at most this many paths (one per fact)
MATCH (e:Event)
WHERE $event IS NULL OR e.key = $event
WITH e, COUNT { (e)-[:ATTENDED|HOSTED|ORGANIZED|CHAIRED|INVITED|HELD_IN|FUNDED]-() } AS facts
WHERE facts > 0
ORDER BY facts DESC, e.key
MATCH path = (e)-[r:ATTENDED|HOSTED|ORGANIZED|CHAIRED|INVITED|HELD_IN|FUNDED]-(:Entity)
RETURN path
LIMIT toInteger($limit)
