// name: search
// description: Find entities by name, alias or English name (full-text index entity_names).
//   q uses Lucene syntax: words, "exact phrase", prefix*, fuzzy~.
// param q: string -- what to look for
// param limit: integer = 25 -- at most this many entities
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.key AS key,
       node.name AS name,
       [l IN labels(node) WHERE l <> 'Entity'][0] AS type,
       node.aliases AS aliases,
       node.name_en AS name_en,
       score
ORDER BY score DESC, key
LIMIT $limit
