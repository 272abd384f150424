// name: members
// description: Members of an organisation (MEMBER_OF, negated facts left out), with the evidence.
// param org: string = null -- the organisation key; every organisation when null
// param evidence: integer = 3 -- at most this many supporting sentences per row (sources lists every document)
MATCH (m:Entity)-[r:MEMBER_OF]->(o:Organization)
WHERE NOT r.negated AND ($org IS NULL OR o.key = $org)
RETURN m.key AS member,
       o.key AS organization,
       m.name AS member_name,
       o.name AS organization_name,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS member_type,
       r.modality AS modality,
       r.confidence AS confidence,
       r.label AS label,
       r.sources AS sources,
       COLLECT {
         MATCH (snt:Sentence)
         WHERE snt.sentence_id IN r.evidence[0..toInteger($evidence)]
         RETURN {doc_id: snt.doc_id, sentence: snt.text} AS ev
         ORDER BY snt.doc_id, snt.index
       } AS evidence
ORDER BY organization, member, modality
