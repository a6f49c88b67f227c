// Cities are looked up by short name (临汾) as well as id.
// params: none
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name)
