// The athar schema. Applied by `athar load` before loading; every statement is
// idempotent (IF NOT EXISTS), so running it again changes nothing.

// Every entity node carries :Entity plus its type label. An entity's key is
// stable across documents (a State's key is its ISO 3166 alpha-2 code), so
// loading another article merges into the same node.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT state_key IF NOT EXISTS FOR (n:State) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;

// The lexical graph: documents and their sentences.
CREATE CONSTRAINT document_doc_id IF NOT EXISTS FOR (n:Document) REQUIRE n.doc_id IS UNIQUE;
CREATE CONSTRAINT sentence_sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.sentence_id IS UNIQUE;

// Lookups the stored queries make.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX sentence_doc_id IF NOT EXISTS FOR (n:Sentence) ON (n.doc_id);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);

// `conflicts` starts from what the loader marked `disputed`: a few hundred entities and facts among
// ~100,000 and ~500,000, found through these indexes instead of reading every one (one index per
// fact type: a relationship index covers one type; the planner joins them for a pattern of several).
CREATE INDEX entity_disputed IF NOT EXISTS FOR (n:Entity) ON (n.disputed);
CREATE INDEX attended_disputed IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.disputed);
CREATE INDEX hosted_disputed IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.disputed);
CREATE INDEX organized_disputed IF NOT EXISTS FOR ()-[r:ORGANIZED]-() ON (r.disputed);
CREATE INDEX chaired_disputed IF NOT EXISTS FOR ()-[r:CHAIRED]-() ON (r.disputed);
CREATE INDEX invited_disputed IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.disputed);
CREATE INDEX held_in_disputed IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.disputed);
CREATE INDEX funded_disputed IF NOT EXISTS FOR ()-[r:FUNDED]-() ON (r.disputed);
CREATE INDEX sanctioned_disputed IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.disputed);
CREATE INDEX member_of_disputed IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.disputed);
CREATE INDEX affiliated_with_disputed IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.disputed);

// Full-text search over names, aliases, English names and search_names: the same names as the
// extractor folds them (diacritics, tatweel, alef/ya/ta-marbuta variants; Latin lower-cased), so
// that a search text folded the same way (`athar query`) finds every spelling. It replaces
// entity_names, which lacked search_names.
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:State|Organization|Person|Event) ON EACH [n.name, n.aliases, n.name_en, n.search_names];
