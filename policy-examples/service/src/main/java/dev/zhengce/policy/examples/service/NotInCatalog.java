package dev.zhengce.policy.examples.service;

/** A catalog element asked for by an id the catalog does not have: a 404. */
public final class NotInCatalog extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param kind what was asked for, such as {@code rule}
     * @param id   the id
     */
    public NotInCatalog(String kind, String id) {
        super("no " + kind + " with id " + Queries.abbreviate(id) + " in the catalog", null, false, false);
    }
}
