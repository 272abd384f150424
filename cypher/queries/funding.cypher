// name: funding
// description: Who funded whom (FUNDED, negated facts left out), with the consensus amount, currency
//   and channel, what each source says when they differ (amount_by_source), and the evidence.
// param funder: string = null -- only this funder key; every funder when null
// param recipient: string = null -- only this recipient key; every recipient when null
// param evidence: integer = 3 -- at most this many supporting sentences per row (sources lists every document)
MATCH (f:Entity)-[r:FUNDED]->(x:Entity)
WHERE NOT r.negated
  AND ($funder IS NULL OR f.key = $funder)
  AND ($recipient IS NULL OR x.key = $recipient)
RETURN f.key AS funder,
       x.key AS recipient,
       f.name AS funder_name,
       x.name AS recipient_name,
       r.amount AS amount,
       r.currency AS currency,
       r.channel AS channel,
       [i IN range(0, size(coalesce(r.amount_sources, [])) - 1)
         | r.amount_sources[i] + ': ' + toString(r.amount_values[i])] AS amount_by_source,
       r.modality AS modality,
       r.confidence AS confidence,
       r.label AS label,
       r.sources AS sources,
       COLLECT {
         MATCH (snt:Sentence)
         WHERE snt.sentence_id IN r.evidence[0..toInteger($evidence)]
         RETURN {doc_id: snt.doc_id, sentence: snt.text} AS ev
         ORDER BY snt.doc_id, snt.index
       } AS evidence
ORDER BY funder, recipient, modality
