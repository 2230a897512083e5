package news.kathan.event;

/** What kind of thing happened. */
public enum EventKind {
    RESIGNATION, EXPULSION, JOINING, RALLY, ELECTION, MEETING, SESSION, STATEMENT, OTHER
}
