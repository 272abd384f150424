// Read-only statements graph/export.py runs to export the athar graph.

// name: export_nodes
MATCH (n)
WHERE n:Entity OR n:Document OR n:Sentence
RETURN labels(n) AS labels, properties(n) AS props;

// name: export_relationships
// description: Relationships between athar nodes; an endpoint's id is derived from its labels and key.
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:Document) AND (b:Entity OR b:Sentence)
RETURN labels(a) AS start_labels, a {.key, .doc_id, .sentence_id} AS start_keys,
       type(r) AS type, properties(r) AS props,
       labels(b) AS end_labels, b {.key, .doc_id, .sentence_id} AS end_keys;

// name: graph_counts
// description: Athar nodes per label and relationships per type.
CALL () {
  MATCH (n)
  WHERE n:Entity OR n:Document OR n:Sentence
  UNWIND labels(n) AS name
  RETURN 'node' AS kind, name, count(*) AS count
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE (a:Entity OR a:Document) AND (b:Entity OR b:Sentence)
  RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, name;

// name: node_totals
// description: All nodes of the database and, of those, athar's (its lease included): what an import
//   with neo4j-admin (`athar load --bulk`) would replace.
MATCH (n)
RETURN count(n) AS nodes,
       count(CASE WHEN n:Entity OR n:Document OR n:Sentence OR n:AtharLease THEN 1 END) AS athar;
