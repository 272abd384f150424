// One MERGE per fact relation type (extract.model.RELATIONS): a relationship
// type cannot be a parameter. Each statement is the same apart from the type;
// tests/unit/test_cypher_files.py checks that they stay so. row.props holds
// every property of the relationship, computed by graph.model.FactState.

// name: merge_fact_ATTENDED
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[r:ATTENDED {negated: row.negated, modality: row.modality}]->(o)
SET r = row.props;

// name: merge_fact_HOSTED
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[r:HOSTED {negated: row.negated, modality: row.modality}]->(o)
SET r = row.props;

// name: merge_fact_ORGANIZED
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[r:ORGANIZED {negated: row.negated, modality: row.modality}]->(o)
SET r = row.props;

// name: merge_fact_CHAIRED
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[r:CHAIRED {negated: row.negated, modality: row.modality}]->(o)
SET r = row.props;

// name: merge_fact_INVITED
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[r:INVITED {negated: row.negated, modality: row.modality}]->(o)
SET r = row.props;

// name: merge_fact_HELD_IN
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[r:HELD_IN {negated: row.negated, modality: row.modality}]->(o)
SET r = row.props;

// name: merge_fact_FUNDED
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[r:FUNDED {negated: row.negated, modality: row.modality}]->(o)
SET r = row.props;

// name: merge_fact_SANCTIONED
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[r:SANCTIONED {negated: row.negated, modality: row.modality}]->(o)
SET r = row.props;

// name: merge_fact_MEMBER_OF
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[r:MEMBER_OF {negated: row.negated, modality: row.modality}]->(o)
SET r = row.props;

// name: merge_fact_AFFILIATED_WITH
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[r:AFFILIATED_WITH {negated: row.negated, modality: row.modality}]->(o)
SET r = row.props;
