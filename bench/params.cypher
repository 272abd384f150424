// Parameters of the stored queries in the benchmark: the heaviest realistic case on the graph.

// name: busiest_event
// description: The event with the most facts: the largest answer event_profile gives for one event.
MATCH (e:Event)
RETURN e.key AS key
ORDER BY COUNT { (e)--(:Entity) } DESC, e.key
LIMIT 1;
