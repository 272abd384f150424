// name: actor_profile
// description: Every fact about one actor (state, organisation, person or event), both directions,
//   negated ones included, with how many documents describe it and the evidence; the facts with
//   the most sources first. An actor without facts gives one row with empty relation columns.
// param key: string -- the actor key (a State's key is its ISO alpha-2 code)
// param limit: integer = 200 -- at most this many facts (a state of a large corpus has thousands)
// param evidence: integer = 3 -- at most this many supporting sentences per row (sources lists every document)
MATCH (a:Entity {key: $key})
// only documents DESCRIBE, so the count is the node's degree; the fact types are named so that a
// state's tens of thousands of MENTIONED_IN and DESCRIBES relationships are never read
WITH a, COUNT { ()-[:DESCRIBES]->(a) } AS documents
OPTIONAL MATCH (a)-[r:ATTENDED|HOSTED|ORGANIZED|CHAIRED|INVITED|HELD_IN|FUNDED|SANCTIONED|MEMBER_OF|AFFILIATED_WITH]-(o:Entity)
WITH a, documents, r, o
ORDER BY size(coalesce(r.sources, [])) DESC, type(r), startNode(r) = a DESC, r.negated, o.key, r.modality
LIMIT toInteger($limit)
RETURN a.key AS actor,
       o.key AS other,
       type(r) AS relation,
       CASE WHEN r IS NULL THEN null WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
       r.negated AS negated,
       r.modality AS modality,
       r.confidence AS confidence,
       r.label AS label,
       a.name AS actor_name,
       [l IN labels(a) WHERE l <> 'Entity'][0] AS actor_type,
       o.name AS other_name,
       [l IN labels(o) WHERE l <> 'Entity'][0] AS other_type,
       documents,
       r.sources AS sources,
       COLLECT {
         MATCH (snt:Sentence)
         WHERE snt.sentence_id IN coalesce(r.evidence, [])[0..toInteger($evidence)]
         RETURN {doc_id: snt.doc_id, sentence: snt.text} AS ev
         ORDER BY snt.doc_id, snt.index
       } AS evidence
