package nl.procesevaluatie.job;

import java.math.BigDecimal;

public record Budget(BigDecimal fixed, BigDecimal perSession) {}
