// Statements graph/query.py runs to read what a query parameter names.

// name: resolve_entity
// description: The entities a parameter value may name: the one whose key it is (as given or upper-cased:
//   qa is QA), else those with it as name or English name (any case), else as alias, else those whose
//   folded names (search_names) hold its folded form: rank says which, and the best rank wins. $phrase is a full-text query for the value (quoted), which
//   narrows the candidates before the exact comparison; $label keeps one entity type (null: any).
CALL () {
  MATCH (e:Entity)
  WHERE e.key IN [$text, toUpper($text)]
  RETURN e, 0 AS rank
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $phrase) YIELD node
  WITH node AS e
  LIMIT 1000
  WITH e, CASE WHEN e.name = $text OR toLower(e.name_en) = toLower($text) THEN 1
               WHEN $text IN coalesce(e.aliases, []) THEN 2
               WHEN $folded IN coalesce(e.search_names, []) THEN 3 END AS rank
  WHERE rank IS NOT NULL
  RETURN e, rank
}
WITH e, min(rank) AS rank
WHERE $label IS NULL OR $label IN labels(e)
RETURN e.key AS key, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, rank
ORDER BY rank, key
LIMIT 20;
