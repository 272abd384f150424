// name: flows
// description: Money and sanctions as flows: every FUNDED (funder -> recipient) and SANCTIONED
//   (sanctioner -> target) fact, negated ones included (negated = true: "did not fund", "refused to
//   list") so that a denial can be drawn apart from a claim. One row per fact, the facts stated by
//   most documents first; athar report draws them.
// param relation: string = null -- only FUNDED or only SANCTIONED; both when null
// param limit: integer = 200 -- at most this many facts
MATCH (a:Entity)-[r:FUNDED|SANCTIONED]->(b:Entity)
WHERE $relation IS NULL OR type(r) = $relation
RETURN type(r) AS relation,
       a.key AS source,
       b.key AS target,
       a.name AS source_name,
       b.name AS target_name,
       [l IN labels(a) WHERE l <> 'Entity'][0] AS source_type,
       [l IN labels(b) WHERE l <> 'Entity'][0] AS target_type,
       r.negated AS negated,
       r.modality AS modality,
       r.confidence AS confidence,
       r.label AS label,
       r.amount AS amount,
       r.currency AS currency,
       r.channel AS channel,
       size(r.sources) AS documents
ORDER BY documents DESC, relation, source, target, negated, modality
LIMIT toInteger($limit)
