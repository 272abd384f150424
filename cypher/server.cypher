// Statements graph/settings.py and graph/server.py run to check and describe a server.

// name: ping
// description: The trivial query: the server is up and accepts the credentials.
RETURN 1 AS ok;

// name: components
// description: Name, version and edition of the server.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition;
