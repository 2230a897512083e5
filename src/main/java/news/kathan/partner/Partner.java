package news.kathan.partner;

/** Who a request writes as: the key's name, the outlet it is bound to, and its role. */
public record Partner(long keyId, String name, long outletId, Role role) {

    public boolean isEditor() {
        return role == Role.EDITOR;
    }

    /** Whether this caller may change the records of an article of the given outlet. */
    public boolean mayChangeArticlesOf(Long articleOutletId) {
        return isEditor() || Long.valueOf(outletId).equals(articleOutletId);
    }
}
