package dev.zhengce.policy.model;

import dev.zhengce.policy.mengzhou.Mengzhou;
import java.io.InputStream;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Run in a child JVM by {@link MonetaLogTest}: reaches Moneta for the first time through one
 * entry point, named by the argument, and prints what it got on standard output.
 */
final class MonetaLogProbe {
    private MonetaLogProbe() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "catalog":
                System.out.println(Mengzhou.catalog().notice().number());
                break;
            case "catalog-json":
                try (InputStream in = Mengzhou.catalogJson()) {
                    System.out.println(Catalog.read(in).notice().number());
                }
                break;
            case "json":
                System.out.println(PolicyJson.read("{\"amount\": 12.5, \"currency\": \"CNY\"}", MonetaryAmount.class));
                break;
            case "cny":
                System.out.println(Cny.of("0.05"));
                break;
            case "money-check":
                MoneyCheck.verify();
                System.out.println("ok");
                break;
            case "moneta-alone":
                // Moneta without the SDK: nothing quiets it
                System.out.println(Monetary.getDefaultAmountFactory()
                        .setCurrency("CNY")
                        .setNumber(1)
                        .create());
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
    }
}
