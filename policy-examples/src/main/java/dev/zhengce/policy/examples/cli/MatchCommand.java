package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.EnterpriseProfile;
import dev.zhengce.policy.calc.Match;
import dev.zhengce.policy.examples.Texts;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.PolicyJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zhengce match}: an enterprise profile in, the rules it may qualify for out. */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        versionProvider = Zhengce.Version.class,
        description =
                "Lists every money rule for an enterprise profile (JSON): those it qualifies for with the "
                        + "estimated award, those it may qualify for with what is missing, those it does not with the unmet conditions.",
        footer = {"", "Example:", "  zhengce match --lang en enterprise-profile.json"})
final class MatchCommand implements Runnable {
    /** Output formats. */
    enum Format {
        table,
        json
    }

    @ParentCommand
    Zhengce root;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The enterprise profile, JSON, or - for standard input.")
    String file;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "table|json",
            description = "Output: table (default) or json.")
    Format format;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            defaultValue = "UTF-8",
            description = "Encoding of the profile (default: ${DEFAULT-VALUE}); GB18030 reads GBK.")
    String encoding;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output, moved into place once the command has succeeded.")
    String output;

    @Option(
            names = "--unit",
            paramLabel = "元|万元",
            defaultValue = "元",
            converter = AmountUnit.Converter.class,
            description = "The unit of the estimates in the table: 元 (default) or 万元, exact.")
    AmountUnit unit;

    @Override
    public void run() {
        Language language = root.language();
        FileOptions.In options = new FileOptions.In();
        options.encoding = encoding;
        options.headerRow = 1;
        Input input = Input.open(file, root.stdin(), Input.Format.JSON, options.options());
        EnterpriseProfile profile = input.json(EnterpriseProfile.class);
        List<Match> matches;
        try {
            matches = root.policy().subsidies().match(profile);
        } catch (PolicyException e) {
            throw new InputError(input.name() + ": " + e.getMessage(), e);
        }
        if (unit != AmountUnit.YUAN && format == Format.json) {
            throw new InputError("--unit " + unit.symbol() + ": for tables; json carries yuan");
        }
        String text = format == Format.json ? json(profile, matches) : table(profile, matches, language, unit);
        try (Output target = Output.open(output, root.stdout())) {
            try (Writer w = target.text(false)) {
                w.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            target.commit();
        }
    }

    private static String table(EnterpriseProfile profile, List<Match> matches, Language language, AmountUnit unit) {
        Table t = new Table(
                Texts.get(language, "match.verdict"),
                Texts.get(language, "match.rule"),
                ">" + Texts.get(language, "match.estimate"),
                Texts.get(language, "match.unmetConditionsMissingFacts"));
        for (Match m : matches) {
            t.row(
                    m.verdict().name(),
                    m.rule().id(),
                    m.amount().map(unit::format).orElse("—"),
                    m.explain(language));
        }
        return Texts.get(language, "match.enterprise") + profile.id()
                + profile.industry().map(i -> " (" + i + ")").orElse("")
                + Texts.get(language, "match.statuses") + profile.statuses() + "\n\n" + t.render();
    }

    private static String json(EnterpriseProfile profile, List<Match> matches) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("profile", profile.id());
        List<Object> list = new ArrayList<>();
        for (Match m : matches) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("rule", m.rule().id());
            e.put("verdict", m.verdict().name());
            m.amount().ifPresent(a -> e.put("amount", a));
            e.put("unmet", m.unmet());
            e.put("missing", m.missing());
            list.add(e);
        }
        doc.put("matches", list);
        return PolicyJson.writePretty(doc) + "\n";
    }
}
