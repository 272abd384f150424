// name: conflicts
// description: Figures that differ across sources: entity properties on which the documents that
//   DESCRIBE the entity disagree (e.g. 70 vs 72 participating states), and fact properties
//   (P_values) on which the sources of a fact disagree. One row per value, with the documents
//   giving it; relation is null for entity properties. Entities start from their `disputed`
//   property (set when loading), facts from the ten fact relationship types.
MATCH (e:Entity)
WHERE e.disputed IS NOT NULL
UNWIND e.disputed AS property
MATCH (d:Document)-[x:DESCRIBES]->(e)
WHERE x[property] IS NOT NULL
WITH e, property, x[property] AS value, collect(d.doc_id) AS sources
WITH e, property, collect({value: value, sources: sources}) AS claims
UNWIND claims AS claim
RETURN e.key AS key, null AS other, null AS relation, property, claim.value AS value, claim.sources AS sources
UNION ALL
MATCH (s:Entity)-[r:ATTENDED|HOSTED|ORGANIZED|CHAIRED|INVITED|HELD_IN|FUNDED|SANCTIONED|MEMBER_OF|AFFILIATED_WITH]->(o:Entity)
UNWIND [k IN keys(r) WHERE k ENDS WITH '_values'] AS values_key
WITH s, r, o, substring(values_key, 0, size(values_key) - size('_values')) AS property, r[values_key] AS vals
WITH s, r, o, property, vals, r[property + '_sources'] AS docs
UNWIND range(0, size(vals) - 1) AS i
WITH s, r, o, property, vals[i] AS value, collect(docs[i]) AS sources
WITH s, r, o, property, collect({value: value, sources: sources}) AS claims
WHERE size(claims) > 1
UNWIND claims AS claim
RETURN s.key AS key, o.key AS other, type(r) AS relation, property, claim.value AS value, claim.sources AS sources
