package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.MoneyCheck;
import dev.zhengce.policy.model.PolicyException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command-line tool {@code zhengce} over Mengzhou's notice 孟政〔2017〕25号: {@code subsidy},
 * {@code match}, {@code attainment}, {@code catalog} and {@code ledger}. Exit status 0 on success, 2 on bad
 * input or usage (the message names the file, the row and the field; nothing is written to
 * standard output), 1 on an internal error.
 */
@Command(
        name = "zhengce",
        mixinStandardHelpOptions = true,
        versionProvider = Zhengce.Version.class,
        description = "Subsidies, matching, target attainment and the catalog of Mengzhou's notice 孟政〔2017〕25号; "
                + "a persistent ledger of awards.",
        subcommands = {
            SubsidyCommand.class,
            MatchCommand.class,
            AttainmentCommand.class,
            CatalogCommand.class,
            LedgerCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit status: 0 success, 2 bad input or usage, 1 internal error."})
public final class Zhengce implements Runnable {
    /** Exit status on bad input. */
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--lang",
            scope = ScopeType.INHERIT,
            defaultValue = "zh",
            paramLabel = "zh|en",
            description = "Language of the explanations and tables: zh or en (default: ${DEFAULT-VALUE}).")
    String lang;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private Policy policy;

    /**
     * Obtains the tool reading standard input from a stream, writing to this process's
     * standard output and error.
     *
     * @param stdin what {@code -} reads
     */
    public Zhengce(InputStream stdin) {
        this(stdin, System.out, System.err);
    }

    private Zhengce(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Without a command: asks for one. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "name a command: subsidy, match, attainment, catalog or ledger (see zhengce --help)");
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        try {
            selfCheck();
        } catch (RuntimeException | LinkageError e) {
            System.err.println("zhengce: self-check failed: the money library is not usable in this build (" + e
                    + "); the jar may have lost Moneta's service files or javamoney.properties");
            e.printStackTrace();
            System.exit(1);
        }
        // standard output without the buffer of System.out: what a command writes is held back, then copied out whole
        System.exit(execute(args, System.in, new Output.ProcessStdout(), System.err));
    }

    /**
     * Runs the tool on a command line with the given streams, as {@link #main} does, without
     * exiting.
     *
     * @param args   the command line
     * @param stdin  standard input
     * @param stdout standard output; written only when a command succeeds
     * @param stderr standard error
     * @return the exit status
     */
    public static int execute(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(new Zhengce(stdin, stdout, stderr))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (e instanceof InputError || e instanceof PolicyException) {
                        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                        return BAD_INPUT;
                    }
                    command.getErr().println(command.getCommandSpec().qualifiedName() + ": internal error: " + e);
                    e.printStackTrace(command.getErr());
                    return 1;
                });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * Checks that exact money works in this build: the model's {@link MoneyCheck} (Moneta's
     * configuration and services, CNY with two decimals, half-up rounding to the fen), and an
     * amount of 17 digits kept exact through Moneta.
     *
     * @throws IllegalStateException if not
     */
    public static void selfCheck() {
        MoneyCheck.verify();
        BigDecimal big = new BigDecimal("123456789012345.67");
        BigDecimal back = Cny.yuan("self-check", Cny.of(big));
        if (big.compareTo(back) != 0) {
            throw new IllegalStateException("a CNY amount of 17 digits came back as " + back);
        }
    }

    /** Returns the language chosen with {@code --lang}. */
    Language language() {
        switch (lang.toLowerCase(java.util.Locale.ROOT)) {
            case "zh":
                return Language.ZH;
            case "en":
                return Language.EN;
            default:
                throw new InputError("--lang = " + lang + ": zh or en");
        }
    }

    /** Returns the Mengzhou policy, loaded on first use. */
    Policy policy() {
        if (policy == null) {
            policy = Policy.mengzhou();
        }
        return policy;
    }

    /** Returns standard input. */
    InputStream stdin() {
        return stdin;
    }

    /** Returns standard output, as bytes: a command writes it through an {@link Output}, once it has succeeded. */
    PrintStream stdout() {
        return stdout;
    }

    /**
     * Returns a progress bar for long work, drawn only on this process's own standard error when
     * that is a terminal.
     *
     * @param task      what is being done
     * @param bytesRead the bytes of input read so far
     * @param size      the input's size, or -1
     * @return the progress bar
     */
    Progress progress(String task, java.util.function.LongSupplier bytesRead, long size) {
        return new Progress(stderr == System.err, stderr, task, bytesRead, size);
    }

    /** Writes a command's whole output at once, after it has succeeded. */
    static void emit(CommandSpec spec, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            out.println();
        }
        out.flush();
    }

    /** The version: the SDK's and the catalog's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            dev.zhengce.policy.model.Catalog c = Mengzhou.catalog();
            return new String[] {
                "zhengce: catalog " + c.notice().number() + " version "
                        + c.notice().version() + ", sha256 " + c.sha256()
            };
        }
    }
}
