// name: sanctions
// description: Who sanctioned whom (SANCTIONED, negated facts left out), with the evidence.
// param actor: string = null -- only sanctions imposed by this key; all when null
// param target: string = null -- only sanctions on this key; all when null
// param evidence: integer = 3 -- at most this many supporting sentences per row (sources lists every document)
MATCH (a:Entity)-[r:SANCTIONED]->(t:Entity)
WHERE NOT r.negated
  AND ($actor IS NULL OR a.key = $actor)
  AND ($target IS NULL OR t.key = $target)
RETURN a.key AS actor,
       t.key AS target,
       a.name AS actor_name,
       t.name AS target_name,
       [l IN labels(t) WHERE l <> 'Entity'][0] AS target_type,
       r.modality AS modality,
       r.confidence AS confidence,
       r.label AS label,
       r.date AS date,
       r.sources AS sources,
       COLLECT {
         MATCH (snt:Sentence)
         WHERE snt.sentence_id IN r.evidence[0..toInteger($evidence)]
         RETURN {doc_id: snt.doc_id, sentence: snt.text} AS ev
         ORDER BY snt.doc_id, snt.index
       } AS evidence
ORDER BY actor, target, modality
