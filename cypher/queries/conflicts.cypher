// name: conflicts
// description: Figures that differ across sources: entity properties on which the documents that
//   DESCRIBE the entity disagree (e.g. 70 vs 72 participating states), and fact properties
//   (P_values) on which the sources of a fact disagree (1,000,000 vs 1,200,000 dollars). One row
//   per value, with the documents giving it; relation is null for entity properties. Both start
//   from the `disputed` property set when loading; descriptions that vary without being wrong (a
//   person's roles, what an event is called, the rule a fact was read by) are not conflicts.
//   Rows come by key, other end, relation and property, so that pages follow one another.
// param limit: integer = 500 -- at most this many rows (a year of news gives over a thousand)
// param skip: integer = 0 -- rows to pass over first: the next page is skip = limit
CALL () {
  MATCH (e:Entity)
  WHERE e.disputed IS NOT NULL
  MATCH (d:Document)-[x:DESCRIBES]->(e)
  UNWIND e.disputed AS property
  WITH e, property, x[property] AS value, d
  WHERE value IS NOT NULL
  WITH e, property, value, collect(d.doc_id) AS sources
  RETURN e.key AS key, null AS other, null AS relation, property, value, sources
  UNION ALL
  MATCH (s:Entity)-[r:ATTENDED|HOSTED|ORGANIZED|CHAIRED|INVITED|HELD_IN|FUNDED|SANCTIONED|MEMBER_OF|AFFILIATED_WITH]->(o:Entity)
  WHERE r.disputed IS NOT NULL
  UNWIND r.disputed AS property
  WITH s, r, o, property, r[property + '_values'] AS vals, r[property + '_sources'] AS docs
  UNWIND range(0, size(vals) - 1) AS i
  WITH s, r, o, property, vals[i] AS value, collect(docs[i]) AS sources
  RETURN s.key AS key, o.key AS other, type(r) AS relation, property, value, sources
}
RETURN key, other, relation, property, value, sources
ORDER BY key, other, relation, property, value
SKIP toInteger($skip)
LIMIT toInteger($limit)
