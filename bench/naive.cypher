// The naive loader of the benchmark: one statement per row, each in its own transaction.

// name: naive_entity
MERGE (e:Entity {key: $key})
SET e.name = $name, e.type = $type;

// name: naive_document
MERGE (d:Document {doc_id: $doc_id})
SET d.title = $title;

// name: naive_sentence
MATCH (d:Document {doc_id: $doc_id})
MERGE (s:Sentence {sentence_id: $sentence_id})
SET s.text = $text, s.index = $index
MERGE (d)-[:HAS_SENTENCE]->(s);

// name: naive_mention
MATCH (e:Entity {key: $key}), (s:Sentence {sentence_id: $sentence_id})
MERGE (e)-[m:MENTIONED_IN {start: $start}]->(s)
SET m.end = $end, m.text = $text;

// name: naive_fact
MATCH (a:Entity {key: $subject}), (b:Entity {key: $object})
MERGE (a)-[f:FACT {predicate: $predicate, negated: $negated, modality: $modality}]->(b)
SET f.sources = coalesce(f.sources, []) + $doc_id;
