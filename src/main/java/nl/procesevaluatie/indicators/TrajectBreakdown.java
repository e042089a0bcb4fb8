package nl.procesevaluatie.indicators;

import java.util.ArrayList;
import java.util.List;

/** The scopes of per-organisation rows (adoption): all, each organisation of T, and their trajects. */
final class TrajectBreakdown {

    private final EvaluationData data;

    TrajectBreakdown(EvaluationData data) {
        this.data = data;
    }

    List<Scope> scopes(boolean withMunicipalities) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.ALL);
        data.organisations().forEach(o -> scopes.add(Scope.organisation(o)));
        if (withMunicipalities) {
            data.municipalities().forEach(m -> scopes.add(Scope.municipality(m)));
        }
        return scopes;
    }

    List<Traject> inScope(Scope s) {
        return data.trajectsIn(s);
    }
}
