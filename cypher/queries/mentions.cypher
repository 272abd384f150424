// name: mentions
// description: Where an entity is mentioned: one row per mention, with the document and sentence.
// param key: string -- the entity key
MATCH (e:Entity {key: $key})-[m:MENTIONED_IN]->(snt:Sentence)
RETURN e.key AS key,
       snt.doc_id AS doc_id,
       m.text AS mention,
       m.start AS start,
       m.end AS end,
       snt.text AS sentence
ORDER BY doc_id, start
