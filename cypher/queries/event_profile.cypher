// name: event_profile
// description: Everything said about an event: who hosted, organised, chaired, attended, funded it,
//   who was or was not invited, where it was held. Negated facts are included (negated = true)
//   so that "was not invited" and "did not attend" show.
// param event: string = null -- the event key; every event when null
// param evidence: integer = 3 -- at most this many supporting sentences per row (sources lists every document)
MATCH (e:Event)
WHERE $event IS NULL OR e.key = $event
MATCH (e)-[r]-(a:Entity)
RETURN e.key AS event,
       a.key AS actor,
       type(r) AS relation,
       CASE WHEN startNode(r) = e THEN 'event->actor' ELSE 'actor->event' END AS direction,
       r.negated AS negated,
       r.modality AS modality,
       r.confidence AS confidence,
       r.label AS label,
       a.name AS actor_name,
       [l IN labels(a) WHERE l <> 'Entity'][0] AS actor_type,
       e.name AS event_name,
       toString(e.date) AS event_date,
       e.city AS event_city,
       r.sources AS sources,
       COLLECT {
         MATCH (snt:Sentence)
         WHERE snt.sentence_id IN r.evidence[0..toInteger($evidence)]
         RETURN {doc_id: snt.doc_id, sentence: snt.text} AS ev
         ORDER BY snt.doc_id, snt.index
       } AS evidence
ORDER BY event, relation, negated, actor, modality
