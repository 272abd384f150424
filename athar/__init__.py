"""athar: Arabic news articles to a Neo4j knowledge graph of actors, events and funding.

The subpackages are athar.extract (articles to facts), athar.graph (facts to Neo4j, the command
line) and athar.cypher (the Cypher statements and stored queries).
"""
