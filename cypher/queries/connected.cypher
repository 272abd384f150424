// name: connected
// description: The most-connected actors: states, organisations and persons by the number of facts
//   they take part in (every fact relationship, either direction, negated ones included: a denial is
//   also something said about them), with the number of documents describing them. Read from the fact
//   relationships themselves, so the mentions of busy entities are never walked.
// param type: string = null -- only State, Organization or Person; all three when null
// param limit: integer = 20 -- at most this many actors
MATCH (x:Entity)-[r:ATTENDED|HOSTED|ORGANIZED|CHAIRED|INVITED|HELD_IN|FUNDED|SANCTIONED|MEMBER_OF|AFFILIATED_WITH]->(y:Entity)
UNWIND [x, y] AS a
WITH a
WHERE NOT a:Event AND ($type IS NULL OR $type IN labels(a))
WITH a, count(*) AS facts
ORDER BY facts DESC, a.key
LIMIT toInteger($limit)
RETURN a.key AS key,
       a.name AS name,
       [l IN labels(a) WHERE l <> 'Entity'][0] AS type,
       facts,
       COUNT { ()-[:DESCRIBES]->(a) } AS documents
ORDER BY facts DESC, key
