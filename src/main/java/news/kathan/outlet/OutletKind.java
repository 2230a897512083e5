package news.kathan.outlet;

/** What sort of outlet publishes: wire agencies are told apart because other outlets carry their material. */
public enum OutletKind {
    AGENCY, NEWSPAPER, BROADCASTER, DIGITAL, OTHER
}
