package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.examples.Texts;
import dev.zhengce.policy.examples.ledger.JdbcLedger;
import dev.zhengce.policy.examples.ledger.LedgerRecord;
import dev.zhengce.policy.examples.ledger.LimitUse;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Language;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zhengce ledger}: what a persistent ledger recorded. */
@Command(
        name = "ledger",
        mixinStandardHelpOptions = true,
        versionProvider = Zhengce.Version.class,
        description = "Shows what a persistent ledger (zhengce subsidy --ledger) recorded.",
        subcommands = {LedgerCommand.ShowCommand.class},
        footer = {
            "",
            "Examples:",
            "  zhengce subsidy --ledger jdbc:h2:./awards applications-2019-03.csv",
            "  zhengce ledger show center-y --ledger jdbc:h2:./awards"
        })
final class LedgerCommand implements Runnable {
    @ParentCommand
    Zhengce root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: show");
    }

    /** {@code ledger show RECIPIENT}. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            versionProvider = Zhengce.Version.class,
            description =
                    "Prints what a recipient was granted (application, rule, year, status, amount, who recorded it "
                            + "and when) and, per yearly cap and once-only award, what remains.")
    static final class ShowCommand implements Runnable {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

        @ParentCommand
        LedgerCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(
                index = "0",
                paramLabel = "RECIPIENT",
                description = "The recipient: the applicant, or the application id where none was named.")
        String recipient;

        @Option(
                names = "--ledger",
                paramLabel = "JDBC-URL",
                defaultValue = "jdbc:h2:./awards",
                description = "The ledger's database (default: ${DEFAULT-VALUE}); an H2 file must exist.")
        String url;

        @Option(
                names = "--ledger-user",
                paramLabel = "USER",
                defaultValue = "${env:ZHENGCE_LEDGER_USER}",
                description = "The database user (default: $ZHENGCE_LEDGER_USER, else sa for H2).")
        String user;

        @Option(
                names = "--ledger-password",
                paramLabel = "PASSWORD",
                defaultValue = "${env:ZHENGCE_LEDGER_PASSWORD}",
                description = "The database password (default: $ZHENGCE_LEDGER_PASSWORD, else none).")
        String password;

        @Option(names = "--explain", description = "Add every award's explanation, as it was recorded.")
        boolean explain;

        @Override
        public void run() {
            Language language = parent.root.language();
            List<LedgerRecord> records;
            List<LimitUse> limits;
            try (JdbcLedger ledger = LedgerOption.open(existing(url), user, password)) {
                records = ledger.records(recipient);
                limits = LimitUse.of(parent.root.policy().catalog(), records);
            }
            Zhengce.emit(spec, render(records, limits, language));
        }

        /** Shows an H2 file that exists, never creates one: a mistyped path is an error, not an empty ledger. */
        private static String existing(String url) {
            boolean file = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
            return file && !url.toUpperCase(java.util.Locale.ROOT).contains(";IFEXISTS=")
                    ? url + ";IFEXISTS=TRUE"
                    : url;
        }

        private String render(List<LedgerRecord> records, List<LimitUse> limits, Language language) {
            StringBuilder b = new StringBuilder();
            b.append(Texts.get(language, "ledger.ledger"))
                    .append(url)
                    .append(Texts.get(language, "ledger.colon"))
                    .append(recipient)
                    .append('\n');
            if (records.isEmpty()) {
                return b.append(Texts.get(language, "ledger.nothingRecorded")).toString();
            }
            Table t = new Table(
                    Texts.get(language, "ledger.application"),
                    Texts.get(language, "ledger.rule"),
                    Texts.get(language, "ledger.year"),
                    Texts.get(language, "ledger.status"),
                    ">" + Texts.get(language, "ledger.amount"),
                    Texts.get(language, "ledger.recordedBy"),
                    Texts.get(language, "ledger.recordedAt"));
            BigDecimal paid = BigDecimal.ZERO;
            long payable = 0;
            for (LedgerRecord r : records) {
                t.row(
                        r.application(),
                        r.rule(),
                        r.year().map(String::valueOf).orElse("—"),
                        r.status().name(),
                        Cny.format(r.amount()),
                        r.recordedBy(),
                        WHEN.format(r.recordedAt().atZone(ZoneId.systemDefault())));
                if (r.counts()) {
                    paid = paid.add(r.amount());
                    payable++;
                }
            }
            b.append('\n').append(t.render()).append('\n');
            b.append(Texts.get(language, "ledger.granted", payable, Cny.format(paid), records.size()))
                    .append('\n');
            if (!limits.isEmpty()) {
                Table l = new Table(
                        Texts.get(language, "ledger.limit"),
                        Texts.get(language, "ledger.rule"),
                        Texts.get(language, "ledger.period"),
                        ">" + Texts.get(language, "ledger.cap"),
                        ">" + Texts.get(language, "ledger.used2"),
                        ">" + Texts.get(language, "ledger.remaining"));
                for (LimitUse u : limits) {
                    boolean yearly = u.kind() == LimitUse.Kind.YEARLY;
                    l.row(
                            yearly ? Texts.get(language, "ledger.yearlyCap") : Texts.get(language, "ledger.onceOnly"),
                            u.rule(),
                            u.period().orElse(Texts.get(language, "ledger.ever")),
                            u.cap().map(Cny::format).orElse("—"),
                            Cny.format(u.used()),
                            yearly
                                    ? Cny.format(u.remaining().orElseThrow())
                                    : u.exhausted()
                                            ? Texts.get(language, "ledger.used")
                                            : Texts.get(language, "ledger.available"));
                }
                b.append('\n').append(Texts.get(language, "ledger.limits")).append(l.render());
                for (LimitUse u : limits) {
                    if (!u.overrides().isEmpty()) {
                        b.append(Texts.get(language, "ledger.overrides", u.limit(), String.join("; ", u.overrides())))
                                .append('\n');
                    }
                }
            }
            if (explain) {
                for (LedgerRecord r : records) {
                    b.append('\n').append(r.explanation(language)).append('\n');
                }
            }
            return b.toString();
        }
    }
}
