package nl.procesevaluatie.job;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** {@code componentLabels}: the readable name of a core component, where the job file gives one ({code, label}). */
public record Intervention(String code, String name, int plannedSessions, BigDecimal minDose, List<String> coreComponents,
        Map<String, String> componentLabels) {

    public Intervention(String code, String name, int plannedSessions, BigDecimal minDose, List<String> coreComponents) {
        this(code, name, plannedSessions, minDose, coreComponents, Map.of());
    }

    /** details.md rule 11: a registration belongs to the intervention when its cell is the code or the name. */
    public boolean matches(String cell) {
        return cell.equalsIgnoreCase(code) || (name != null && cell.equalsIgnoreCase(name));
    }
}
