// name: mentions
// description: Where an entity is mentioned: one row per mention, with the document and sentence,
//   in document order, a page at a time (a state of a large corpus has tens of thousands).
// param key: string -- the entity key
// param limit: integer = 100 -- at most this many mentions
// param skip: integer = 0 -- leave out this many first (the next page: skip + limit)
MATCH (e:Entity {key: $key})-[m:MENTIONED_IN]->(snt:Sentence)
WITH e, m, snt
ORDER BY snt.doc_id, m.start
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN e.key AS key,
       snt.doc_id AS doc_id,
       m.text AS mention,
       m.start AS start,
       m.end AS end,
       snt.text AS sentence
