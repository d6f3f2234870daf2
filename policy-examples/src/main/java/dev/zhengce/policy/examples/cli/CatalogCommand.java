package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.examples.Texts;
import dev.zhengce.policy.model.Ambiguity;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Department;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Plan;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.Reading;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.Target;
import dev.zhengce.policy.model.Task;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zhengce catalog}: the notice's plans, tasks, targets, rules and departments. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        versionProvider = Zhengce.Version.class,
        description = "Lists, searches, shows and dumps the catalog of the notice.",
        subcommands = {
            CatalogCommand.ListCommand.class,
            CatalogCommand.SearchCommand.class,
            CatalogCommand.ShowCommand.class,
            CatalogCommand.DumpCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  zhengce catalog list rules",
            "  zhengce catalog search 创新中心",
            "  zhengce catalog show robot-subsidy",
            "  zhengce catalog dump > mengzhou.json"
        })
final class CatalogCommand implements Runnable {
    @ParentCommand
    Zhengce root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: list, search, show or dump");
    }

    /** What {@code catalog list} lists. */
    enum Kind {
        plans,
        tasks,
        targets,
        rules,
        departments,
        ambiguities
    }

    /** {@code catalog list KIND}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            versionProvider = Zhengce.Version.class,
            description =
                    "Lists the plans, tasks, targets, rules, departments or ambiguities (the places the "
                            + "notice can be read more than one way, with the catalog's reading and the alternatives), with their ids.")
    static final class ListCommand implements Runnable {
        @ParentCommand
        CatalogCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(
                index = "0",
                paramLabel = "KIND",
                description = "plans, tasks, targets, rules, departments or ambiguities.")
        Kind kind;

        @Override
        public void run() {
            Language language = parent.root.language();
            Catalog c = parent.root.policy().catalog();
            Table t;
            switch (kind) {
                case plans:
                    t = new Table(
                            "id",
                            Texts.get(language, "catalog.plan"),
                            ">" + Texts.get(language, "catalog.tasks"),
                            ">" + Texts.get(language, "catalog.targets"));
                    for (Plan p : c.plans()) {
                        t.row(
                                p.id(),
                                p.title().in(language),
                                Integer.toString(p.tasks().size()),
                                Integer.toString(p.targets().size()));
                    }
                    break;
                case tasks:
                    t = new Table(
                            "id",
                            Texts.get(language, "catalog.plan"),
                            Texts.get(language, "catalog.task"),
                            Texts.get(language, "catalog.lead"));
                    for (Task task : c.tasks()) {
                        t.row(
                                task.id(),
                                c.planOf(task.id()).id(),
                                task.title().in(language),
                                task.lead().orElse("—"));
                    }
                    break;
                case targets:
                    t = new Table("id", Texts.get(language, "catalog.plan"), Texts.get(language, "catalog.target"));
                    for (Target target : c.targets()) {
                        t.row(target.id(), c.planOf(target.id()).id(), target.statement());
                    }
                    break;
                case rules:
                    t = new Table("id", Texts.get(language, "catalog.kind"), Texts.get(language, "catalog.name"));
                    for (Subsidy s : c.subsidies()) {
                        t.row(s.id(), s.kind().name(), s.name().in(language));
                    }
                    break;
                case ambiguities:
                    t = new Table(
                            "id",
                            Texts.get(language, "catalog.catalogsReading"),
                            Texts.get(language, "catalog.alternatives"),
                            Texts.get(language, "catalog.question"));
                    for (Ambiguity a : c.ambiguities()) {
                        t.row(
                                a.id(),
                                a.reading().id(),
                                a.alternatives().stream().map(Reading::id).collect(Collectors.joining(", ")),
                                a.question().in(language));
                    }
                    break;
                default:
                    t = new Table("id", Texts.get(language, "catalog.department"));
                    for (Department d : c.departments()) {
                        t.row(d.id(), d.name().in(language));
                    }
            }
            Zhengce.emit(spec, t.render());
        }
    }

    /** {@code catalog search TEXT}. */
    @Command(
            name = "search",
            mixinStandardHelpOptions = true,
            versionProvider = Zhengce.Version.class,
            description =
                    "Finds plans, tasks, targets, rules and departments whose id, name or source sentence contains TEXT (any case).")
    static final class SearchCommand implements Runnable {
        @ParentCommand
        CatalogCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT", description = "The text to find, Chinese or English.")
        String text;

        @Override
        public void run() {
            Language language = parent.root.language();
            Catalog c = parent.root.policy().catalog();
            String needle = text.toLowerCase(Locale.ROOT);
            if (needle.isBlank()) {
                throw new InputError("TEXT: give something to search for");
            }
            Table t = new Table(Texts.get(language, "catalog.category"), "id", Texts.get(language, "catalog.name"));
            for (Plan p : c.plans()) {
                if (hit(
                        needle,
                        p.id(),
                        p.title().zh(),
                        p.title().en(),
                        p.citation().sentence())) {
                    t.row("plan", p.id(), p.title().in(language));
                }
            }
            for (Task x : c.tasks()) {
                if (hit(
                        needle,
                        x.id(),
                        x.title().zh(),
                        x.title().en(),
                        x.citation().sentence())) {
                    t.row("task", x.id(), x.title().in(language));
                }
            }
            for (Target x : c.targets()) {
                if (hit(
                        needle,
                        x.id(),
                        x.indicator(),
                        x.description().zh(),
                        x.description().en(),
                        x.citation().sentence())) {
                    t.row("target", x.id(), x.description().in(language));
                }
            }
            for (Subsidy x : c.subsidies()) {
                if (hit(
                        needle,
                        x.id(),
                        x.name().zh(),
                        x.name().en(),
                        x.citation().sentence())) {
                    t.row("rule", x.id(), x.name().in(language));
                }
            }
            for (Ambiguity x : c.ambiguities()) {
                if (hit(
                        needle,
                        x.id(),
                        x.question().zh(),
                        x.question().en(),
                        x.citation().sentence())) {
                    t.row("ambiguity", x.id(), x.question().in(language));
                }
            }
            for (Department x : c.departments()) {
                if (hit(needle, x.id(), x.name().zh(), x.name().en(), String.join(" ", x.aliases()))) {
                    t.row("department", x.id(), x.name().in(language));
                }
            }
            Zhengce.emit(spec, t.render());
        }

        private static boolean hit(String needle, String... texts) {
            for (String s : texts) {
                if (s.toLowerCase(Locale.ROOT).contains(needle)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code catalog show ID}. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            versionProvider = Zhengce.Version.class,
            description =
                    "Shows one plan, task, target, rule, ambiguity or department by its id, with its source sentence.")
    static final class ShowCommand implements Runnable {
        @ParentCommand
        CatalogCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The id, such as robot-subsidy.")
        String id;

        @Override
        public void run() {
            Language language = parent.root.language();
            Catalog c = parent.root.policy().catalog();
            StringBuilder b = new StringBuilder();
            for (Plan p : c.plans()) {
                if (p.id().equals(id)) {
                    b.append("plan ").append(p).append('\n').append(quote(p.citation()));
                    p.tasks()
                            .forEach(t -> b.append("\n  task ")
                                    .append(t.id())
                                    .append(": ")
                                    .append(t.title().in(language)));
                    p.targets().forEach(t -> b.append("\n  target ").append(t));
                }
            }
            for (Task t : c.tasks()) {
                if (t.id().equals(id)) {
                    b.append("task ")
                            .append(t.id())
                            .append(": ")
                            .append(t.title().in(language))
                            .append("\n  plan ")
                            .append(c.planOf(t.id()).id())
                            .append("\n  ")
                            .append(Texts.get(language, "catalog.departments"))
                            .append(t.departments().stream()
                                    .map(d -> c.department(d).name().in(language))
                                    .collect(Collectors.joining(", ")))
                            .append('\n')
                            .append(quote(t.citation()));
                    t.subsidies().forEach(s -> b.append("\n  rule ").append(s));
                    t.targets().forEach(x -> b.append("\n  target ").append(x));
                }
            }
            for (Target t : c.targets()) {
                if (t.id().equals(id)) {
                    b.append("target ")
                            .append(t)
                            .append("\n  ")
                            .append(t.description().in(language))
                            .append("\n  plan ")
                            .append(c.planOf(t.id()).id())
                            .append(c.taskOf(t.id())
                                    .map(x -> ", task " + x.id())
                                    .orElse(""));
                    t.levelUnit()
                            .ifPresent(u -> b.append("\n  ")
                                    .append(Texts.get(language, "catalog.observedLevelIn"))
                                    .append(u.symbol(language)));
                    c.ambiguities().stream()
                            .filter(a -> a.elements().contains(t.id()))
                            .forEach(a -> b.append("\n  ")
                                    .append(Texts.get(language, "catalog.ambiguous"))
                                    .append(a.id()));
                    b.append('\n').append(quote(t.citation()));
                }
            }
            for (Subsidy s : c.subsidies()) {
                if (s.id().equals(id)) {
                    b.append("rule ")
                            .append(s)
                            .append("\n  ")
                            .append(s.name().in(language))
                            .append("\n  ")
                            .append(Texts.get(language, "catalog.recipient"))
                            .append(s.recipient().in(language))
                            .append("\n  plan ")
                            .append(c.planOf(s.id()).id())
                            .append(c.taskOf(s.id())
                                    .map(x -> ", task " + x.id())
                                    .orElse(""));
                    s.localParameters()
                            .forEach(p -> b.append("\n  ")
                                    .append(Texts.get(language, "catalog.leftToLocalDecision"))
                                    .append(p));
                    s.setBy()
                            .ifPresent(d -> b.append("\n  ")
                                    .append(Texts.get(language, "catalog.setBy"))
                                    .append(d)
                                    .append('》'));
                    s.addressee()
                            .ifPresent(a -> b.append("\n  ")
                                    .append(Texts.get(language, "catalog.addressedTo"))
                                    .append(a.in(language)));
                    if (s.payers().isEmpty()) {
                        b.append("\n  ")
                                .append(Texts.get(language, "catalog.payerNotStated"))
                                .append(s.payerNote()
                                        .map(n -> " — " + n.in(language))
                                        .orElse(""));
                    }
                    c.ambiguities().stream()
                            .filter(a -> a.elements().contains(s.id()))
                            .forEach(a -> b.append("\n  ")
                                    .append(Texts.get(language, "catalog.ambiguous"))
                                    .append(a.id()));
                    b.append('\n').append(quote(s.citation()));
                    s.conditions().forEach(x -> b.append('\n').append(quote(x.citation())));
                    s.window().ifPresent(w -> b.append('\n').append(quote(w.citation())));
                }
            }
            for (Ambiguity a : c.ambiguities()) {
                if (a.id().equals(id)) {
                    b.append("ambiguity ")
                            .append(a.id())
                            .append(": ")
                            .append(a.question().in(language))
                            .append("\n  ")
                            .append(Texts.get(language, "catalog.concerns"))
                            .append(String.join(", ", a.elements()))
                            .append('\n')
                            .append(quote(a.citation()));
                    reading(b, a.reading(), true, language);
                    a.alternatives().forEach(r -> reading(b, r, false, language));
                    b.append("\n  ")
                            .append(Texts.get(language, "catalog.chooseReading"))
                            .append(a.id())
                            .append("=READING");
                }
            }
            for (Department d : c.departments()) {
                if (d.id().equals(id)) {
                    b.append("department ")
                            .append(d.id())
                            .append(": ")
                            .append(d.name().in(language));
                    if (!d.aliases().isEmpty()) {
                        b.append("\n  ")
                                .append(Texts.get(language, "catalog.aliases"))
                                .append(d.aliases());
                    }
                    c.tasks().stream()
                            .filter(t -> t.departments().contains(d.id()))
                            .forEach(t -> b.append("\n  ")
                                    .append(t.lead().filter(d.id()::equals).isPresent() ? "lead " : "co   ")
                                    .append(t.id()));
                }
            }
            if (b.length() == 0) {
                throw new InputError(
                        "ID = " + id + ": no plan, task, target, rule, ambiguity or department with this id"
                                + " (try: zhengce catalog search " + id + ")");
            }
            Zhengce.emit(spec, b.append('\n').toString());
        }

        private static String quote(Citation c) {
            return "  “" + c.sentence() + "”";
        }

        private static void reading(StringBuilder b, Reading r, boolean catalogs, Language language) {
            b.append("\n  ")
                    .append(
                            catalogs
                                    ? Texts.get(language, "catalog.catalogsReadingLabel")
                                    : Texts.get(language, "catalog.alternativeLabel"))
                    .append(r.id())
                    .append(": ")
                    .append(r.description().in(language))
                    .append("\n      ")
                    .append(Texts.get(language, "catalog.because"))
                    .append(r.reason().in(language));
            r.changes()
                    .forEach(x -> b.append("\n      ")
                            .append(Texts.get(language, "catalog.changes"))
                            .append(x));
        }
    }

    /** {@code catalog dump}. */
    @Command(
            name = "dump",
            mixinStandardHelpOptions = true,
            versionProvider = Zhengce.Version.class,
            description = "Writes the whole catalog as JSON: the notice, as Catalog.read reads it back.")
    static final class DumpCommand implements Runnable {
        @ParentCommand
        CatalogCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            Zhengce.emit(
                    spec, PolicyJson.writePretty(parent.root.policy().catalog().notice()) + "\n");
        }
    }
}
