// name: not_invited
// description: States a source says were not invited to an event (INVITED with negated = true).
//   also_reported_invited flags the events where another statement says they were.
// param state: string = null -- only this state key; every state when null
// param event: string = null -- only this event key; every event when null
// param evidence: integer = 3 -- at most this many supporting sentences per row (sources lists every document)
MATCH (s:State)-[r:INVITED]->(e:Event)
WHERE r.negated
  AND ($state IS NULL OR s.key = $state)
  AND ($event IS NULL OR e.key = $event)
RETURN s.key AS state,
       e.key AS event,
       s.name AS state_name,
       e.name AS event_name,
       toString(e.date) AS event_date,
       r.modality AS modality,
       r.confidence AS confidence,
       r.label AS label,
       EXISTS { (s)-[i:INVITED]->(e) WHERE NOT i.negated } AS also_reported_invited,
       r.sources AS sources,
       COLLECT {
         MATCH (snt:Sentence)
         WHERE snt.sentence_id IN r.evidence[0..toInteger($evidence)]
         RETURN {doc_id: snt.doc_id, sentence: snt.text} AS ev
         ORDER BY snt.doc_id, snt.index
       } AS evidence
ORDER BY event_date, event, state, modality
