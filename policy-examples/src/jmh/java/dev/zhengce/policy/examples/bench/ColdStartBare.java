package dev.zhengce.policy.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.RoundingQueryBuilder;
import org.javamoney.moneta.Money;

/**
 * Cold start, the bare side: a fresh JVM loads Jackson (reads a small document of the same
 * facts) and Moneta (one amount, rounded), and prints the amount — what any program doing
 * this with these libraries pays before the SDK adds anything.
 */
public final class ColdStartBare {
    private ColdStartBare() {}

    /**
     * Reads, computes and prints one amount.
     *
     * @param args none
     * @throws Exception if Jackson cannot read its document
     */
    public static void main(String[] args) throws Exception {
        JsonNode facts = new ObjectMapper()
                .readTree("{\"software-investment\":\"3000000.00\",\"hardware-investment\":\"9500000.55\"}");
        BigDecimal base = new BigDecimal(facts.get("software-investment").asText())
                .add(new BigDecimal(facts.get("hardware-investment").asText()));
        MonetaryAmount amount = Money.of(base, "CNY")
                .multiply(new BigDecimal("0.08"))
                .with(Monetary.getRounding(RoundingQueryBuilder.of()
                        .setScale(2)
                        .set(RoundingMode.HALF_UP)
                        .build()));
        System.out.println(amount.getNumber().numberValue(BigDecimal.class).toPlainString());
    }
}
