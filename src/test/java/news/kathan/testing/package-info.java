/** Test infrastructure shared by the suites: running Spring contexts against the real PostgreSQL server. */
package news.kathan.testing;
