// name: evidence
// description: The sentences a fact was read from, its two ends marked ⟦like this⟧ where the
//   sentence mentions them, with the document's title and date: one row per sentence, in document
//   order; excerpt is the part around the subject's name (`context` characters each side). Name the fact by its relationship's elementId (click the relationship in Neo4j Browser:
//   <elementId>), or by subject, object and (optionally) relation; then every fact between the two
//   is listed, negated ones included, and label says which ("not invited").
// param id: string = null -- the elementId of a fact relationship
// param subject: string = null -- or: the subject key
// param relation: string = null -- with subject and object: only this relationship type (ATTENDED, FUNDED...)
// param object: string = null -- with subject: the object key
// param limit: integer = 50 -- at most this many sentences
// param context: integer = 60 -- excerpt: this many characters around the marked names each side of the subject's name
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
       RETURN m {.start, .end, .text, subject: x = s} AS mark ORDER BY mark.start DESC, mark.end DESC
     } AS marks
WITH s, r, o, d, snt, marks,
     reduce(acc = {text: snt.text, cut: snt.end}, m IN marks |
           CASE WHEN m.start >= snt.start AND m.end <= acc.cut
                THEN {text: substring(acc.text, 0, m.start - snt.start) + '⟦'
                            + substring(acc.text, m.start - snt.start, m.end - m.start) + '⟧'
                            + substring(acc.text, m.end - snt.start),
                      cut: m.start}
                ELSE acc END).text AS sentence
WITH s, r, o, d, snt, marks, sentence,
     coalesce(reverse([m IN marks WHERE m.subject])[0], marks[-1]) AS anchor
WITH s, r, o, d, snt, marks, sentence, anchor,
     2 * size([m IN marks WHERE m.start < anchor.start]) - snt.start AS shift
WITH s, r, o, d, snt, marks, sentence,
     CASE WHEN anchor.start + shift > toInteger($context) THEN anchor.start + shift - toInteger($context)
          ELSE 0 END AS from,
     anchor.end + shift + 2 + toInteger($context) AS to
RETURN s.key AS subject,
       type(r) AS relation,
       o.key AS object,
       r.label AS label,
       CASE WHEN marks = [] THEN snt.text
            ELSE (CASE WHEN from > 0 THEN '…' ELSE '' END) + substring(sentence, from, to - from)
                 + (CASE WHEN to < size(sentence) THEN '…' ELSE '' END) END AS excerpt,
       sentence,
       d.doc_id AS doc_id,
       d.title AS title,
       toString(d.date) AS date,
       r.modality AS modality,
       r.confidence AS confidence,
       reverse([m IN marks | m.text]) AS mentions,
       s.name AS subject_name,
       o.name AS object_name,
       snt.sentence_id AS sentence_id
ORDER BY d.doc_id, snt.index, relation, r.negated, r.modality
LIMIT toInteger($limit)
