package dev.zhengce.policy.examples.cli;

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
@Command(name = "ledger", mixinStandardHelpOptions = true, versionProvider = Zhengce.Version.class,
        description = "Shows what a persistent ledger (zhengce subsidy --ledger) recorded.",
        subcommands = {LedgerCommand.ShowCommand.class},
        footer = {"", "Examples:", "  zhengce subsidy --ledger jdbc:h2:./awards applications-2019-03.csv",
            "  zhengce ledger show center-y --ledger jdbc:h2:./awards"})
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
    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Zhengce.Version.class,
            description = "Prints what a recipient was granted (application, rule, year, status, amount, who recorded it "
                + "and when) and, per yearly cap and once-only award, what remains.")
    static final class ShowCommand implements Runnable {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

        @ParentCommand
        LedgerCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "RECIPIENT",
                description = "The recipient: the applicant, or the application id where none was named.")
        String recipient;

        @Option(names = "--ledger", paramLabel = "JDBC-URL", defaultValue = "jdbc:h2:./awards",
                description = "The ledger's database (default: ${DEFAULT-VALUE}); an H2 file must exist.")
        String url;

        @Option(names = "--ledger-user", paramLabel = "USER", defaultValue = "${env:ZHENGCE_LEDGER_USER}",
                description = "The database user (default: $ZHENGCE_LEDGER_USER, else sa for H2).")
        String user;

        @Option(names = "--ledger-password", paramLabel = "PASSWORD", defaultValue = "${env:ZHENGCE_LEDGER_PASSWORD}",
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
            return file && !url.toUpperCase(java.util.Locale.ROOT).contains(";IFEXISTS=") ? url + ";IFEXISTS=TRUE" : url;
        }

        private String render(List<LedgerRecord> records, List<LimitUse> limits, Language language) {
            boolean zh = language == Language.ZH;
            StringBuilder b = new StringBuilder();
            b.append(zh ? "台账 " : "Ledger ").append(url).append(zh ? "：" : ": ").append(recipient).append('\n');
            if (records.isEmpty()) {
                return b.append(zh ? "未记录任何补助。\n" : "nothing recorded.\n").toString();
            }
            Table t = zh ? new Table("申请", "规则", "年度", "结论", ">金额", "记录人", "记录时间")
                    : new Table("application", "rule", "year", "status", ">amount", "recorded by", "recorded at");
            BigDecimal paid = BigDecimal.ZERO;
            long payable = 0;
            for (LedgerRecord r : records) {
                t.row(r.application(), r.rule(), r.year().map(String::valueOf).orElse("—"), r.status().name(),
                        Cny.format(r.amount()), r.recordedBy(), WHEN.format(r.recordedAt().atZone(ZoneId.systemDefault())));
                if (r.counts()) {
                    paid = paid.add(r.amount());
                    payable++;
                }
            }
            b.append('\n').append(t.render()).append('\n');
            b.append(zh ? "已批准 " + payable + " 项，合计 " + Cny.format(paid) + "；共记录 " + records.size() + " 项。\n"
                    : "Granted: " + payable + " awards, " + Cny.format(paid) + " in total; " + records.size()
                    + " recorded.\n");
            if (!limits.isEmpty()) {
                Table l = zh ? new Table("限额", "规则", "期间", ">上限", ">已用", ">剩余")
                        : new Table("limit", "rule", "period", ">cap", ">used", ">remaining");
                for (LimitUse u : limits) {
                    boolean yearly = u.kind() == LimitUse.Kind.YEARLY;
                    l.row(yearly ? (zh ? "年度上限" : "yearly cap") : (zh ? "一次性" : "once only"), u.rule(),
                            u.period().orElse(zh ? "永久" : "ever"), u.cap().map(Cny::format).orElse("—"),
                            Cny.format(u.used()),
                            yearly ? Cny.format(u.remaining().orElseThrow())
                                    : u.exhausted() ? (zh ? "已使用" : "used") : (zh ? "可申请" : "available"));
                }
                b.append('\n').append(zh ? "限额：\n" : "Limits:\n").append(l.render());
                for (LimitUse u : limits) {
                    if (!u.overrides().isEmpty()) {
                        b.append(zh ? "注：" + u.limit() + " 下有按假设情形（" + String.join("; ", u.overrides())
                                + "）记录的补助；上限按文件原文。\n"
                                : "Note: " + u.limit() + " has awards recorded under what-if overrides ("
                                + String.join("; ", u.overrides()) + "); the cap shown is the notice's.\n");
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
