// name: attendance
// description: Which states attended which events: directly (a State ATTENDED the Event) or through
//   a person AFFILIATED_WITH the state who attended. One row per path, with the person it went
//   through (via) and the sentences that support it. Negated facts are left out, and so is
//   attendance through a person when a source says the state itself did not attend. confidence is
//   the fact's (combined over its sources), times the affiliation's for attendance through a person.
// param state: string = null -- only this state key (ISO alpha-2); every state when null
// param event: string = null -- only this event key; every event when null
// param modality: string = null -- only asserted, reported or planned attendance; all when null
// param limit: integer = 500 -- at most this many rows (a year of news gives thousands), the earliest events first
// param skip: integer = 0 -- rows to pass over first: the next page is skip = limit
// param evidence: integer = 3 -- at most this many supporting sentences per row (sources lists every document)
MATCH (s:State)
WHERE $state IS NULL OR s.key = $state
CALL (s) {
  MATCH (s)-[r:ATTENDED]->(e:Event)
  WHERE NOT r.negated
  RETURN e, r, null AS via, null AS affiliation
  UNION ALL
  MATCH (s)<-[a:AFFILIATED_WITH]-(p:Person)-[r:ATTENDED]->(e:Event)
  WHERE NOT r.negated AND NOT a.negated AND NOT EXISTS { (s)-[:ATTENDED {negated: true}]->(e) }
  RETURN e, r, p AS via, a AS affiliation
}
WITH s, e, r, via, affiliation
WHERE ($event IS NULL OR e.key = $event) AND ($modality IS NULL OR r.modality = $modality)
// the page first, then its evidence: the sentences are looked up for the rows returned only
WITH s, e, r, via, affiliation, toString(e.date) AS event_date
ORDER BY event_date, e.key, s.key, via.key, r.modality, affiliation.modality
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN s.key AS state,
       e.key AS event,
       s.name AS state_name,
       e.name AS event_name,
       event_date,
       e.city AS event_city,
       via.key AS via,
       via.name AS via_name,
       r.modality AS modality,
       round(r.confidence * coalesce(affiliation.confidence, 1.0), 4) AS confidence,
       r.label AS label,
       r.sources AS sources,
       COLLECT {
         MATCH (snt:Sentence)
         WHERE snt.sentence_id IN (r.evidence + coalesce(affiliation.evidence, []))[0..toInteger($evidence)]
         RETURN {doc_id: snt.doc_id, sentence: snt.text} AS ev
         ORDER BY snt.doc_id, snt.index
       } AS evidence
ORDER BY event_date, event, state, via, modality, affiliation.modality
