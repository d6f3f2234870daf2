package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.examples.cli.Input.Source;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Subsidy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The column mapping of the tables the tool reads: which columns an application or an
 * observation has, which are required, and how each column's text goes into the value's
 * builder (a year, a fraction, money in yuan, a judgement). The rows themselves are read by
 * {@link TableRows}.
 */
final class Columns {
    /** An application's own columns; its cost categories and facts come from the catalog's rules. */
    static final List<String> APPLICATION_FIELDS =
            List.of("id", "applicant", "rule", "year", "listingYear", "rate", "amount", "honour");
    /** An observation's columns. */
    static final List<String> OBSERVATION_FIELDS = List.of("target", "year", "value", "judgement", "note");

    private Columns() {}

    /**
     * Reads applications from a table, with one column per field and per cost category or fact.
     *
     * @param input   a CSV file or a workbook
     * @param catalog the catalog, whose rules name the cost columns a table may have
     * @return the rows
     */
    static Source<Application> applications(Input input, Catalog catalog) {
        Set<String> costColumns = new LinkedHashSet<>();
        for (Subsidy rule : catalog.subsidies()) {
            costColumns.addAll(rule.basis());
            rule.conditions().forEach(c -> costColumns.add(c.fact()));
            costColumns.addAll(catalog.basisOfEveryReading(rule.id()));
        }
        return new TableRows(input)
                .read(
                        APPLICATION_FIELDS,
                        costColumns,
                        List.of("id", "rule"),
                        Application::builder,
                        column -> {
                            switch (column) {
                                case "id":
                                    return (b, v) -> b.id(v);
                                case "applicant":
                                    return (b, v) -> b.applicant(v);
                                case "rule":
                                    return (b, v) -> b.rule(v);
                                case "year":
                                    return (b, v) -> b.year(Numbers.year(v));
                                case "listingYear":
                                    return (b, v) -> b.listingYear(Numbers.year(v));
                                case "rate":
                                    return (b, v) -> b.rate(Numbers.read(v, Numbers.Kind.FRACTION));
                                case "amount":
                                    return (b, v) -> b.amount(Numbers.read(v, Numbers.Kind.MONEY));
                                case "honour":
                                    return (b, v) -> b.honour(v);
                                default:
                                    return (b, v) -> b.cost(column, Numbers.read(v, Numbers.Kind.MONEY));
                            }
                        },
                        Application.Builder::build);
    }

    /**
     * Reads observations from a table with the columns target, year, value, judgement, note.
     *
     * @param input a CSV file or a workbook
     * @return the rows
     */
    static Source<Observation> observations(Input input) {
        return new TableRows(input)
                .read(
                        OBSERVATION_FIELDS,
                        Set.of(),
                        List.of("target", "year"),
                        Observation::builder,
                        column -> {
                            switch (column) {
                                case "target":
                                    return (b, v) -> b.target(v);
                                case "year":
                                    return (b, v) -> b.year(Numbers.year(v));
                                case "value":
                                    return (b, v) -> b.value(Numbers.read(v, Numbers.Kind.VALUE));
                                case "judgement":
                                    return (b, v) -> {
                                        try {
                                            b.judgement(Observation.Judgement.valueOf(v));
                                        } catch (IllegalArgumentException e) {
                                            throw new Numbers.Refused("one of MET, NOT_MET");
                                        }
                                    };
                                default:
                                    return (b, v) -> b.note(v);
                            }
                        },
                        Observation.Builder::build);
    }
}
