// List tail: how many rows a list head has.
// params: none
RETURN count(n) AS n
