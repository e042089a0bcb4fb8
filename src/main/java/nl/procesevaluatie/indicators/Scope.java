package nl.procesevaluatie.indicators;

/** A breakdown: scope all, or one organisation or municipality. */
record Scope(String scope, String value) {
    static final Scope ALL = new Scope(IndicatorRow.ALL, "");

    static Scope organisation(String name) {
        return new Scope(IndicatorRow.ORGANISATION, name);
    }

    static Scope municipality(String name) {
        return new Scope(IndicatorRow.MUNICIPALITY, name);
    }
}
