package nl.procesevaluatie.job;

import java.math.BigDecimal;
import java.util.List;

public record Intervention(String code, String name, int plannedSessions, BigDecimal minDose, List<String> coreComponents) {

    /** details.md rule 11: a registration belongs to the intervention when its cell is the code or the name. */
    public boolean matches(String cell) {
        return cell.equalsIgnoreCase(code) || (name != null && cell.equalsIgnoreCase(name));
    }
}
