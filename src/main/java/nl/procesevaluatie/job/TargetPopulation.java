package nl.procesevaluatie.job;

import java.math.BigDecimal;
import java.util.Map;

/** Either a single number (scope all) or one number per municipality (details.md rule 32). */
public record TargetPopulation(BigDecimal total, Map<String, BigDecimal> perMunicipality) {
    public BigDecimal forAll() {
        return total;
    }

    public BigDecimal forMunicipality(String municipality) {
        return perMunicipality == null ? null : perMunicipality.get(municipality);
    }
}
