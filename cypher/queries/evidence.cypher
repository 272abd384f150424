// name: evidence
// description: The sentences a fact was read from, its two ends marked ⟦like this⟧ where the
//   sentence mentions them, with the document's title and date: one row per sentence, in document
//   order. Name the fact by its relationship's elementId (click the relationship in Neo4j Browser:
//   <elementId>), or by subject, object and (optionally) relation; then every fact between the two
//   is listed, negated ones included, and label says which ("not invited").
// param id: string = null -- the elementId of a fact relationship
// param subject: string = null -- or: the subject key
// param relation: string = null -- with subject and object: only this relationship type (ATTENDED, FUNDED...)
// param object: string = null -- with subject: the object key
// param limit: integer = 50 -- at most this many sentences
CALL () {
  MATCH (s:Entity)-[r]->(o:Entity)
  WHERE elementId(r) = $id
  RETURN s, r, o
  UNION
  MATCH (s:Entity {key: $subject})-[r]->(o:Entity {key: $object})
  WHERE $relation IS NULL OR type(r) = $relation
  RETURN s, r, o
}
WITH s, r, o
WHERE r.evidence IS NOT NULL
UNWIND r.evidence AS sentence_id
MATCH (d:Document)-[:HAS_SENTENCE]->(snt:Sentence {sentence_id: sentence_id})
WITH s, r, o, d, snt,
     COLLECT {
       MATCH (x:Entity)-[m:MENTIONED_IN]->(snt)
       WHERE x = s OR x = o
       RETURN m ORDER BY m.start DESC, m.end DESC
     } AS marks
RETURN s.key AS subject,
       type(r) AS relation,
       o.key AS object,
       r.label AS label,
       r.modality AS modality,
       r.confidence AS confidence,
       d.doc_id AS doc_id,
       d.title AS title,
       toString(d.date) AS date,
       reduce(acc = {text: snt.text, cut: snt.end}, m IN marks |
         CASE WHEN m.start >= snt.start AND m.end <= acc.cut
              THEN {text: substring(acc.text, 0, m.start - snt.start) + '⟦'
                          + substring(acc.text, m.start - snt.start, m.end - m.start) + '⟧'
                          + substring(acc.text, m.end - snt.start),
                    cut: m.start}
              ELSE acc END).text AS sentence,
       reverse([m IN marks | m.text]) AS mentions,
       s.name AS subject_name,
       o.name AS object_name,
       snt.sentence_id AS sentence_id
ORDER BY d.doc_id, snt.index, relation, r.negated, r.modality
LIMIT toInteger($limit)
