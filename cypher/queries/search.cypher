// name: search
// description: Find entities by name, alias or English name (full-text index entity_search). q uses
//   Lucene syntax: words, "exact phrase", prefix*, fuzzy~, AND / OR / NOT. The index also holds each
//   name as the extractor folds it (search_names: no diacritics or tatweel, one form of alef, ya and
//   ta marbuta); `athar query search` folds q the same way, so بوريطه finds بوريطة. An empty q finds nothing.
// param q: string -- what to look for
// param limit: integer = 25 -- at most this many entities
WITH $q AS q
WHERE trim(coalesce(q, '')) <> ''
CALL db.index.fulltext.queryNodes('entity_search', q) YIELD node, score
RETURN node.key AS key,
       node.name AS name,
       [l IN labels(node) WHERE l <> 'Entity'][0] AS type,
       node.aliases AS aliases,
       node.name_en AS name_en,
       score
ORDER BY score DESC, key
LIMIT toInteger($limit)
