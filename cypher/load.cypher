// Statements graph/load.py runs to write DocumentFacts records. One batch of
// whole documents is written in one transaction; see graph/model.py for the
// graph model and how properties are merged across documents.

// name: document_checksums
// description: Checksums of the documents already loaded (unchanged ones are skipped).
UNWIND $doc_ids AS doc_id
MATCH (d:Document {doc_id: doc_id})
RETURN d.doc_id AS doc_id, d.checksum AS checksum;

// name: previous_entities
// description: Entities described by documents about to be replaced.
UNWIND $doc_ids AS doc_id
MATCH (:Document {doc_id: doc_id})-[:DESCRIBES]->(e:Entity)
RETURN DISTINCT e.key AS key;

// name: previous_facts
// description: Facts supported by documents about to be replaced.
UNWIND $doc_ids AS doc_id
MATCH (:Document {doc_id: doc_id})-[:DESCRIBES]->(s:Entity)-[r]->(o:Entity)
WHERE doc_id IN r.sources
RETURN DISTINCT type(r) AS predicate, s.key AS subject, o.key AS object,
       r.negated AS negated, r.modality AS modality;

// name: retract_documents
// description: Remove the sentences (with their mentions) and DESCRIBES of documents about to be replaced.
UNWIND $doc_ids AS doc_id
MATCH (d:Document {doc_id: doc_id})
OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
WITH d, collect(s) AS sentences
FOREACH (s IN sentences | DETACH DELETE s)
WITH d
OPTIONAL MATCH (d)-[x:DESCRIBES]->(:Entity)
DELETE x;

// name: merge_documents
UNWIND $rows AS row
MERGE (d:Document {doc_id: row.doc_id})
SET d = row.props;

// name: create_sentences
// description: Sentences of new documents (those of a replaced document were retracted first).
UNWIND $rows AS row
MATCH (d:Document {doc_id: row.doc_id})
CREATE (d)-[:HAS_SENTENCE]->(s:Sentence)
SET s = row;

// One statement per entity type: a label cannot be a parameter.

// name: merge_entities_State
UNWIND $rows AS row
MATCH (d:Document {doc_id: row.doc_id})
MERGE (e:Entity {key: row.key})
SET e:State:Pending
CREATE (d)-[x:DESCRIBES]->(e)
SET x = row.props;

// name: merge_entities_Organization
UNWIND $rows AS row
MATCH (d:Document {doc_id: row.doc_id})
MERGE (e:Entity {key: row.key})
SET e:Organization:Pending
CREATE (d)-[x:DESCRIBES]->(e)
SET x = row.props;

// name: merge_entities_Person
UNWIND $rows AS row
MATCH (d:Document {doc_id: row.doc_id})
MERGE (e:Entity {key: row.key})
SET e:Person:Pending
CREATE (d)-[x:DESCRIBES]->(e)
SET x = row.props;

// name: merge_entities_Event
UNWIND $rows AS row
MATCH (d:Document {doc_id: row.doc_id})
MERGE (e:Entity {key: row.key})
SET e:Event:Pending
CREATE (d)-[x:DESCRIBES]->(e)
SET x = row.props;

// name: create_mentions
UNWIND $rows AS row
MATCH (e:Entity {key: row.entity})
MATCH (s:Sentence {sentence_id: row.sentence_id})
CREATE (e)-[:MENTIONED_IN {start: row.start, end: row.end, text: row.text}]->(s);

// name: fact_props
// description: Current properties of fact relationships, to merge a new source into.
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})-[r]->(o:Entity {key: row.object})
WHERE type(r) = row.predicate AND r.negated = row.negated AND r.modality = row.modality
RETURN row.predicate AS predicate, row.subject AS subject, row.object AS object,
       row.negated AS negated, row.modality AS modality, properties(r) AS props;

// name: delete_facts
// description: Fact relationships no document supports any more.
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})-[r]->(o:Entity {key: row.object})
WHERE type(r) = row.predicate AND r.negated = row.negated AND r.modality = row.modality
DELETE r;

// name: mark_pending
// description: Entities whose consensus properties must be recomputed (a document describing them changed).
UNWIND $keys AS key
MATCH (e:Entity {key: key})
SET e:Pending;

// name: pending_entities
// description: Entities written since their consensus properties were last computed.
MATCH (e:Pending)
RETURN e.key AS key
ORDER BY key
LIMIT $limit;

// name: entity_tallies
// description: Per entity and property, each distinct value its documents give, how many give it
//   and the smallest of their ids (graph.model.consensus picks the node's value).
UNWIND $keys AS key
MATCH (e:Entity {key: key})<-[x:DESCRIBES]-(d:Document)
UNWIND keys(x) AS prop
RETURN key, prop, x[prop] AS value, count(*) AS count, min(d.doc_id) AS first_doc;

// name: set_entities
UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
SET e = row.props
REMOVE e:Pending;

// name: delete_orphan_entities
// description: Entities no document describes any more.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
WHERE NOT EXISTS { (:Document)-[:DESCRIBES]->(e) }
DETACH DELETE e;

// name: await_indexes
CALL db.awaitIndexes($timeout_seconds);

// name: reset_sentences
// description: Delete every Sentence (with its mentions) in batches; the first step of a reset, so
//   that entities mentioned in thousands of sentences are not deleted with all their mentions in one
//   transaction. Needs an auto-commit transaction.
MATCH (n:Sentence)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch_size ROWS;

// name: reset_documents
// description: Delete every Document in batches (second step of a reset). Needs an auto-commit transaction.
MATCH (n:Document)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch_size ROWS;

// name: reset_entities
// description: Delete every athar entity and its facts in batches (last step of a reset); other data
//   is left alone. Needs an auto-commit transaction.
MATCH (n:Entity)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch_size ROWS;
